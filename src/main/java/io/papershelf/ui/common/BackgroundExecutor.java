package io.papershelf.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the UI sends work that touches the library or the disk, so that the FX thread never waits on
 * it. Results and failures come back on the FX thread. One implementation runs everything on a single
 * background thread; tests use one that runs work at once on the calling thread.
 */
public interface BackgroundExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code work} after everything already submitted, and waits (for shutdown only). */
    void drain();

    void shutdown();
}
