package io.papershelf.bench;

import java.nio.file.Path;
import java.util.Map;

/** What every benchmark needs: where to work, the jar under test, how many measured runs, the data sets. */
record Context(Path dir, Path jar, Path benchClasses, int runs, BenchLibraries libraries) {
    /** A private data folder, so runs never touch the user's settings or log. */
    Map<String, String> env() {
        return Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString(), "PAPERSHELF_LIBRARY",
                dir.resolve("xdg/unused.db").toString());
    }
}
