package io.papershelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.reliability.JavaProcess;

/**
 * "Open with Papershelf", with real processes: {@code papershelf --library LIB FILE} while a window has LIB open
 * hands the file to that window, which imports it, and ends with status 0; with no window open, the file opens in
 * a window of its own. The windows run headless (Monocle).
 */
class OpenWithProcessTest {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k");

    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {

        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private Process papershelf(List<String> jvm, String name, String... args) throws Exception {
        Process p = JavaProcess.builder(dir.resolve("data"), jvm, Main.class.getName(), args)
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        started.add(p);
        return p;
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    private int papers(Path lib) throws Exception {
        if (!Files.exists(lib)) {
            return -1;
        }
        try (Library library = Library.open(lib)) {
            return library.rows(PaperFilter.ALL).size();
        }
    }

    /** Waits up to 60 s (process start-ups on a busy machine), checking every 200 ms. */
    private static void await(String what, BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Waited 60 s for " + what);
    }

    private static BooleanSupplier quietly(java.util.concurrent.Callable<Boolean> check) {
        return () -> {
            try {
                return check.call();
            } catch (Exception e) {
                return false;
            }
        };
    }

    @Test
    void filesOpenedWhileAWindowHasTheLibraryAreHandedToItAndTheSecondProcessEnds() throws Exception {
        Path lib = dir.resolve("library.db");
        Process window = papershelf(HEADLESS, "window", "--library", lib.toString());
        await("the window to listen", () -> Files.exists(Handoff.file(lib)));
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);

        long start = System.nanoTime();
        Process second = papershelf(List.of(), "second", "--library", lib.toString(), sample.toString());
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second process ends").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(second.exitValue()).as(log("second")).isZero();
        assertThat(log("second")).contains("Handed 1 file to the Papershelf window that has the library open.");
        System.out.printf("Open with: the second process handed the file over and ended in %d ms%n", millis);

        await("the window to import the file", quietly(() -> papers(lib) == 50));
        assertThat(window.isAlive()).isTrue();
        assertThat(log("window")).doesNotContain("Exception");
    }

    @Test
    void withNoWindowOpenTheFilesOpenInAWindowOfItsOwn() throws Exception {
        Path lib = dir.resolve("library.db");
        Path sample = TestFiles.copy(TestFiles.DAILY, dir);
        Process window = papershelf(HEADLESS, "window", "--library", lib.toString(), sample.toString());
        // The window listens once it has the library open (and its schema in place): read it only then.
        await("the window to listen", () -> Files.exists(Handoff.file(lib)));
        await("the window to import the file", quietly(() -> papers(lib) == 50));
        assertThat(window.isAlive()).isTrue();

        // A stale hand-off file (a window that was killed) is not a window: the next one opens its own.
        window.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(Handoff.file(lib)).exists();
        Handoff.Address stale = Handoff.read(Handoff.file(lib)).orElseThrow();
        Path more = TestFiles.copy(TestFiles.WITH_LINKS, dir);
        Process next = papershelf(HEADLESS, "next", "--library", lib.toString(), more.toString());
        await("the new window to listen", () -> Handoff.read(Handoff.file(lib)).filter(a -> !a.equals(stale)).isPresent());
        await("the new window to import the file", quietly(() -> papers(lib) == 59));
        assertThat(next.isAlive()).isTrue();
    }

    @Test
    void anArgumentThatIsNeitherAFileNorACommandIsOneSentence() throws Exception {
        Process p = papershelf(List.of(), "typo", "--library", dir.resolve("library.db").toString(), "lsit");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(log("typo").strip()).isEqualTo("papershelf: lsit is neither a file nor a command; papershelf --help "
                + "lists the commands.");
    }
}
