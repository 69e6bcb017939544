package io.papershelf.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the UI sends work that touches the library or the disk, so that the FX thread never waits on it (decision
 * 0022). {@link #execute} runs a {@link BackgroundTask} (title, progress, cancel); {@link #submit} is the short form
 * for quiet library work. Results and failures come back on the FX thread. The window's implementation is
 * {@link FxBackgroundExecutor}; view-model tests use one they run by hand.
 */
public interface BackgroundExecutor {

    /** Quiet work on the library's thread: {@code onSuccess} or {@code onFailure} follows on the FX thread. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a task and returns it (to cancel it, or to watch its progress). This default runs it as quiet work
     * through {@link #submit}, without progress or lanes: enough for executors that tests run by hand. A failure
     * the task does not handle is thrown there, so that such a test fails.
     */
    default <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        submit(() -> task.call(BackgroundTask.Progress.NONE), task::succeeded, e -> {
            if (e instanceof CancellationException) {
                task.cancelled();
            } else {
                task.failed(e, (heading, sentence) -> {
                    throw new IllegalStateException(heading + ": " + sentence, e);
                });
            }
        });
        return task;
    }

    /** The titled tasks running now, oldest first, for the status bar (FX thread). */
    default ObservableList<BackgroundTask<?>> running() {
        return FXCollections.emptyObservableList();
    }

    /** Runs {@code then} on the FX thread once the work given to the library's thread so far is done. */
    default void afterPendingWork(Runnable then) {
        submit(() -> null, x -> then.run(), e -> then.run());
    }

    /** Takes no more work; what was given runs to its end, without anyone waiting for it. */
    void shutdown();
}
