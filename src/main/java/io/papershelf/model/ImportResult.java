package io.papershelf.model;

/** What one imported file did to the library. */
public record ImportResult(String fileName, String format, int added, int updated, int unchanged,
                           java.util.List<String> skipped) {
    public ImportResult {
        skipped = java.util.List.copyOf(skipped == null ? java.util.List.of() : skipped);
    }

    public int total() {
        return added + updated + unchanged;
    }

    /** "Imported x.txt: 50 papers (50 new, 0 updated)". */
    public String summary() {
        return "Imported %s: %d papers (%d new, %d updated)".formatted(fileName, total(), added, updated);
    }
}
