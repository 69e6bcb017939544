package io.papershelf.model;

/**
 * What one imported file did to the library.
 *
 * @param written the papers the file added or whose stored fields it changed (what the "For you" ranking reads
 *                again), in the order met
 */
public record ImportResult(String fileName, String format, int added, int updated, int unchanged,
                           java.util.List<String> skipped, java.util.List<Long> written) {
    public ImportResult {
        skipped = java.util.List.copyOf(skipped == null ? java.util.List.of() : skipped);
        written = java.util.List.copyOf(written == null ? java.util.List.of() : written);
    }

    public int total() {
        return added + updated + unchanged;
    }

    /**
     * "Imported x.txt: 50 papers (48 new, 1 updated, 1 unchanged)": the one wording of an import's counts, used
     * by the command line and the window alike. A paper counts once, however many records of it the file has;
     * "updated" means a stored field really changed.
     */
    public String summary() {
        return "Imported %s: %s (%d new, %d updated, %d unchanged)".formatted(fileName,
                total() == 1 ? "1 paper" : total() + " papers", added, updated, unchanged);
    }
}
