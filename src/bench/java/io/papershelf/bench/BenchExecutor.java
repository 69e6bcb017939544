package io.papershelf.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import io.papershelf.ui.common.BackgroundExecutor;


/**
 * The app's threading without a screen: one background thread for library work (as
 * {@code FxBackgroundExecutor}), and one thread standing in for the FX thread, where results land and
 * where the benchmark drives the view model.
 */
final class BenchExecutor implements BackgroundExecutor, AutoCloseable {
    private final ExecutorService library = Executors.newSingleThreadExecutor(r -> thread(r, "bench-library"));
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> thread(r, "bench-ui"));

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        library.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Runs {@code action} on the stand-in FX thread later. */
    void submitUi(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code action} on the stand-in FX thread and waits for it. */
    void onUi(Runnable action) throws Exception {
        ui.submit(action).get(5, TimeUnit.MINUTES);
    }

    @Override
    public void shutdown() {
        library.shutdownNow();
        ui.shutdownNow();
    }

    @Override
    public void close() {
        shutdown();
    }
}
