package io.papershelf.ui.foryou;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where the "For you" models are trained: one background thread of its own, neither the FX thread nor the
 * library's, at low priority, so that a training of seconds never holds up the list or the detail pane. Tests
 * run the work themselves.
 */
public interface TrainingThread extends Executor {
    /** Stops: a training under way is interrupted, nothing queued runs, nothing more is taken. */
    void stop();

    /** The window's: a daemon thread named {@code papershelf-ranking}. */
    static TrainingThread start() {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "papershelf-ranking");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return new TrainingThread() {
            @Override
            public void execute(Runnable work) {
                try {
                    service.execute(work);
                } catch (RejectedExecutionException stopped) {
                    // the window is closing: its ranking is no longer needed
                }
            }

            @Override
            public void stop() {
                service.shutdownNow();
            }
        };
    }
}
