package io.papershelf.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javafx.collections.ListChangeListener;

import io.papershelf.model.PaperRow;
import io.papershelf.ui.list.PaperListViewModel;
import io.papershelf.ui.window.MainWindow;

/**
 * Opt-in start-up timing for the benchmarks ({@code -Dpapershelf.startupProbe=true}): prints a line when the
 * window first shows (saying "Opening…"), when the library's window has been shown, when the first rows have landed
 * in the list and when all of them have, each with the time since the JVM started
 * ({@code startup-probe rows 200 after 1234 ms}). Off by default; it prints nothing then. The benchmarks time the
 * lines' arrival with their own clock; the times printed are for a person reading the output.
 */
public final class StartupProbe {
    static final String PROPERTY = "papershelf.startupProbe";
    /** Linux's USER_HZ, the unit of {@code /proc}'s start times: 100 on every architecture Papershelf packages for. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private StartupProbe() {
    }

    /** The stage shows, saying what it waits for ("Opening library.db…"). */
    static void opening() {
        if (Boolean.getBoolean(PROPERTY)) {
            print("opening");
        }
    }

    static void watch(MainWindow window) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        print("shown");
        PaperListViewModel list = window.viewModel().list();
        boolean[] first = {false};
        ListChangeListener<PaperRow> firstRows = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends PaperRow> c) {
                list.rows().removeListener(this);
                first[0] = true;
                print("rows " + list.rows().size());
            }
        };
        list.rows().addListener(firstRows);
        list.afterNextLoad(() -> {
            if (!first[0]) { // an empty library: nothing changed in the list
                list.rows().removeListener(firstRows);
                print("rows " + list.rows().size());
            }
            print("complete " + list.rows().size());
        });
    }

    private static void print(String what) {
        System.out.println("startup-probe " + what + " after " + millisSinceStart() + " ms");
        System.out.flush();
    }

    /**
     * Milliseconds since this process started, to about 10 ms (the benchmark's minimal window prints it too). On
     * Linux from {@code /proc}: the process's start in clock ticks since boot against the system's uptime.
     * {@link ProcessHandle}'s start instant adds those ticks to a boot time rounded to the second, so its times came
     * out up to a second late (0.85 s on the build machine), by the same amount for every process of one boot.
     * Elsewhere, or if {@code /proc} cannot be read, from {@link ProcessHandle}; -1 if neither answers.
     */
    public static long millisSinceStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command's name, which may hold spaces and ends with the last ')': field 3 first.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 1000.0 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        }
    }

}
