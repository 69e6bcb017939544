package io.papershelf.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.reliability.JavaProcess;
import io.papershelf.ui.common.UiState;

/**
 * A window ended by SIGTERM (a logout, {@code kill}) with the list sorted by date remembers that sort: the real
 * window in a process of its own ({@link SortingWindow}), its shutdown hooks run beside JavaFX's own.
 */
@DisabledOnOs(OS.WINDOWS) // Process.destroy is SIGTERM on Linux and macOS
class LayoutOnSigtermTest {
    @TempDir
    Path dir;

    @Test
    void theSortIsRememberedAfterSigterm() throws Exception {
        Path lib = dir.resolve("library.db");
        try (Library library = Library.open(lib)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
        Path settings = dir.resolve("settings");
        Process p = JavaProcess.builder(dir.resolve("data"), NoteEditingWindow.headlessOptions(),
                SortingWindow.class.getName(), lib.toString(), settings.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("sorted")) {
                // the window's start
            }
            assertThat(line).as("the window sorted its list").isEqualTo("sorted");
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended within 30 s of SIGTERM").isTrue();
        } finally {
            p.destroyForcibly();
        }
        UiState.TableLayout table = new WindowStateStore(new Preferences(settings)).load().table();
        assertThat(table.sort()).containsExactly(new UiState.TableLayout.Sort("published", false));
    }
}
