package io.papershelf.library;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real library file in a temporary folder, opened before each test (before the test class's own
 * {@code @BeforeEach}, which may import into it) and closed after it.
 */
abstract class LibraryTestBase {
    @TempDir
    Path dir;
    Library library;

    /** The library's clock; the system's unless a test fixes one. */
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @BeforeEach
    final void openLibrary() throws Exception {
        library = Library.open(dir.resolve("library.db"), clock());
    }

    @AfterEach
    final void closeLibrary() {
        library.close();
    }
}
