package io.papershelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.ui.common.UiState;

/**
 * The guard that every test runs under can fail: library work and file work by the FX thread are caught (and taken
 * back here, so that this test passes), the same work on another thread is not.
 */
class FxThreadIoGuardTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Work that may throw. */
    private interface Work {
        void run() throws Exception;
    }

    /** What the guard caught while {@code work} ran on the FX thread. */
    private static List<Throwable> onFx(Work work) throws Exception {
        FxThreadIoGuard.taken();
        WaitForAsyncUtils.asyncFx(() -> {
            work.run();
            return null;
        }).get();
        return FxThreadIoGuard.taken();
    }

    @Test
    void aQueryOnTheFxThreadIsCaught() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertThat(onFx(library::counts)).extracting(Throwable::getMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("SQL (").contains(dir.resolve("library.db").toString()));
            library.counts(); // the test's own thread: allowed
            assertThat(FxThreadIoGuard.taken()).isEmpty();
        }
    }

    @Test
    void openingALibraryOnTheFxThreadIsCaught() throws Exception {
        Path file = dir.resolve("other.db");
        assertThat(onFx(() -> Library.open(file).close())).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("Opening jdbc:sqlite:"))
                .anySatisfy(m -> assertThat(m).startsWith("File work"));
    }

    @Test
    void aPreferenceReadOnTheFxThreadIsCaughtThoughTheReaderSwallowsErrors() throws Exception {
        Preferences prefs = new Preferences(dir.resolve("settings"));
        prefs.save("window", UiState.WindowGeometry.DEFAULT);
        assertThat(onFx(() -> prefs.load("window", UiState.WindowGeometry.class, null))).extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("File work (read) on ").contains("window.json"));
        assertThat(onFx(() -> Files.exists(dir.resolve("settings")))).isNotEmpty();
        prefs.load("window", UiState.WindowGeometry.class, null);
        assertThat(FxThreadIoGuard.taken()).isEmpty();
    }
}
