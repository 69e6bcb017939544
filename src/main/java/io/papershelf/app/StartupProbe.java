package io.papershelf.app;

import java.time.Duration;
import java.time.Instant;

import io.papershelf.ui.MainWindow;

/**
 * Opt-in start-up timing for the benchmarks ({@code -Dpapershelf.startupProbe=true}): prints one line when
 * the window has been shown and one when the first rows have landed in the list, each with the time since
 * the JVM started. Off by default; it prints nothing then.
 */
final class StartupProbe {
    static final String PROPERTY = "papershelf.startupProbe";

    private StartupProbe() {
    }

    static void watch(MainWindow window) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        print("shown");
        window.viewModel().list().afterNextLoad(() ->
                print("rows " + window.viewModel().list().rows().size()));
    }

    private static void print(String what) {
        long ms = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        System.out.println("startup-probe " + what + " after " + ms + " ms");
        System.out.flush();
    }
}
