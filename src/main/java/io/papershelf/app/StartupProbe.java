package io.papershelf.app;

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
 * ({@code startup-probe rows 200 after 1234 ms}). Off by default; it prints nothing then.
 */
final class StartupProbe {
    static final String PROPERTY = "papershelf.startupProbe";

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
        long ms = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        System.out.println("startup-probe " + what + " after " + ms + " ms");
        System.out.flush();
    }
}
