package io.papershelf.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's executor: one daemon thread for all library work, in the order given (SQLite has one writer, and a
 * note's save must land before the reload of its paper), and a few low-priority daemon threads for work beside the
 * library ({@link BackgroundTask#besideTheLibrary()}). Callbacks, progress and the list of running tasks live on
 * the FX thread; failures a task does not handle go to the {@link DialogService}.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);
    private static final AtomicInteger SIDE_THREADS = new AtomicInteger();

    private final ExecutorService library = Executors.newSingleThreadExecutor(r -> daemon(r, "papershelf-library",
            Thread.NORM_PRIORITY));
    private final ExecutorService beside = Executors.newCachedThreadPool(r -> daemon(r,
            "papershelf-beside-" + SIDE_THREADS.incrementAndGet(), Thread.MIN_PRIORITY));
    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    private final DialogService dialogs;

    public FxBackgroundExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Failures nobody handles are shown in a dialog of their own. */
    public FxBackgroundExecutor() {
        this(new AlertDialogs(() -> null));
    }

    private static Thread daemon(Runnable r, String name, int priority) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        execute(BackgroundTask.quiet(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        try {
            (task.isBeside() ? beside : library).execute(() -> run(task));
        } catch (RejectedExecutionException closing) {
            // The window is closing: follow-up refreshes have nothing left to show.
            LOG.debug("Ignoring work given after shutdown: {}", task.title());
        }
        return task;
    }

    private <T> void run(BackgroundTask<T> task) {
        if (task.isCancelRequested()) {
            Platform.runLater(task::cancelled);
            return;
        }
        if (task.shown()) {
            Platform.runLater(() -> running.add(task));
        }
        try {
            T result = task.call(new FxProgress(task));
            Platform.runLater(() -> {
                running.remove(task);
                task.succeeded(result);
            });
        } catch (CancellationException e) {
            Platform.runLater(() -> {
                running.remove(task);
                task.cancelled();
            });
        } catch (Exception e) {
            failed(task, e);
        } catch (Error e) {
            failed(task, e);
            throw e; // said, and left to the thread's own handler
        }
    }

    private void failed(BackgroundTask<?> task, Throwable e) {
        LOG.warn("Background work failed: {}", task.shown() ? task.title() : "(quiet)", e);
        Platform.runLater(() -> {
            running.remove(task);
            task.failed(e, dialogs);
        });
    }

    /** Progress from the work's thread, handed to the FX thread at most once per pulse or so (the newest wins). */
    private static final class FxProgress implements BackgroundTask.Progress {
        private final BackgroundTask<?> task;
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile double fraction = -1;
        private volatile String text;

        FxProgress(BackgroundTask<?> task) {
            this.task = task;
        }

        @Override
        public void update(double f) {
            fraction = f;
            schedule();
        }

        @Override
        public void message(String t) {
            text = t;
            schedule();
        }

        @Override
        public boolean cancelled() {
            return task.isCancelRequested();
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    scheduled.set(false);
                    task.progressed(fraction, text);
                });
            }
        }
    }

    @Override
    public ObservableList<BackgroundTask<?>> running() {
        return running;
    }

    @Override
    public void shutdown() {
        library.shutdown();
        beside.shutdown();
    }

    /** Waits until the library's thread has finished what it was given (tests; never on the FX thread). */
    public boolean awaitTermination(Duration limit) throws InterruptedException {
        return library.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
