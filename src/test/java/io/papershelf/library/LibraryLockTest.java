package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.reliability.HoldLock;
import io.papershelf.reliability.JavaProcess;

/** One window per library: in this process, in another one, and never blocked by a crashed one. */
class LibraryLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWindowInTheSameProcessIsToldTheLibraryIsOpen() throws Exception {
        Path lib = dir.resolve("library.db");
        try (LibraryLock first = LibraryLock.acquire(lib)) {
            assertThatThrownBy(() -> LibraryLock.acquire(lib))
                    .isInstanceOfSatisfying(LibraryOpenException.class, e -> {
                        assertThat(e.problem()).isEqualTo(LibraryOpenException.Problem.IN_USE);
                        assertThat(e.problem().restorable()).isFalse();
                    })
                    .hasMessage("This library is already open in another Papershelf window (" + lib.toAbsolutePath()
                            + "); switch to that window, or open another library.");
            // Another library is not affected.
            LibraryLock.acquire(dir.resolve("other.db")).close();
        }
        LibraryLock.acquire(lib).close();
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndVanishesWhenThatProcessIsKilled() throws Exception {
        Path lib = dir.resolve("library.db");
        Process other = JavaProcess.start(dir.resolve("data"), HoldLock.class.getName(), lib.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).startsWith("locked ");
            assertThatThrownBy(() -> LibraryLock.acquire(lib)).isInstanceOfSatisfying(LibraryOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(LibraryOpenException.Problem.IN_USE));
        } finally {
            other.destroyForcibly(); // SIGKILL: no chance to release anything
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(LibraryLock.lockFile(lib)).exists(); // the stale file stays, and does not block
        LibraryLock.acquire(lib).close();
    }

    @Test
    void aLeftoverLockFileDoesNotBlock() throws Exception {
        Path lib = dir.resolve("library.db");
        Files.writeString(LibraryLock.lockFile(lib), "left by a crash");
        LibraryLock.acquire(lib).close();
    }
}
