package io.papershelf.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of work for a background thread (as JabRef's {@code BackgroundTask}): a title, progress, a way to cancel
 * it, its result handed to {@link #onSuccess} on the FX thread, and its failure to {@link #onFailure}, or, when the
 * caller gave none, to the executor's {@link DialogService}. A task with a title shows in the status bar while it
 * runs; a quiet one ({@link #quiet}) does not. Run it with {@link BackgroundExecutor#execute}.
 *
 * <p>The work runs on the library's thread, one task after the other in the order given, unless it says
 * {@link #besideTheLibrary()}: then it runs on a thread of its own and must not touch the open library (training a
 * model, reading preferences, a backup through its own connection).
 *
 * <p>Cancelling is a request: a task not yet started never runs; a running one sees {@link Progress#cancelled()} and
 * stops where that is safe by throwing {@link CancellationException} ({@link Progress#stopIfCancelled()}); then
 * {@link #onCancelled} runs instead of {@link #onSuccess}. Work that finished anyway delivers its result.
 */
public final class BackgroundTask<T> {
    /** The work itself, on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work tells its task (from its own thread). */
    public interface Progress {
        /** Progress that goes nowhere (work run outside a task). */
        Progress NONE = new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** How far the work is, from 0 to 1; below 0 when that is not known. */
        void update(double fraction);

        /** What the work does now, in a few words ("Updating the library format…"); the title until it says. */
        void message(String text);

        /** Whether the user asked to stop. */
        boolean cancelled();

        default void update(long done, long total) {
            update(total <= 0 ? -1 : Math.min(1.0, (double) done / total));
        }

        /** Stops the work here when the user asked to: call it only where stopping leaves everything whole. */
        default void stopIfCancelled() {
            if (cancelled()) {
                throw new CancellationException();
            }
        }
    }

    private final String title;
    private final Work<T> work;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper();
    private volatile boolean cancelFlag;
    private boolean beside;
    private boolean cancellable;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
        this.message.set(title);
    }

    /** A task the status bar shows while it runs, titled in a few words ("Importing 3 files…"). */
    public static <T> BackgroundTask<T> titled(String title, Work<T> work) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a titled task needs a title");
        }
        return new BackgroundTask<>(title, work);
    }

    /** A short task the user need not see (a query, a save). */
    public static <T> BackgroundTask<T> quiet(Callable<T> work) {
        return new BackgroundTask<>("", progress -> work.call());
    }

    public BackgroundTask<T> onSuccess(Consumer<T> then) {
        this.onSuccess = then;
        return this;
    }

    /** Who is told of a failure; without this, the executor's dialog service shows it. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> then) {
        this.onFailure = then;
        return this;
    }

    /** The status bar offers to cancel it; {@code then} runs (FX thread) if the work stopped for that. */
    public BackgroundTask<T> cancellable(Runnable then) {
        this.cancellable = true;
        this.onCancelled = then;
        return this;
    }

    /** Runs beside the library's thread: the work must not touch the open library. */
    public BackgroundTask<T> besideTheLibrary() {
        this.beside = true;
        return this;
    }

    public String title() {
        return title;
    }

    /** Whether the status bar shows it. */
    public boolean shown() {
        return !title.isEmpty();
    }

    public boolean isBeside() {
        return beside;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    /** How far the work is (0 to 1), or -1 when not known (FX thread). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work does now: its title until it says otherwise (FX thread). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** Asks the work to stop (FX thread); see the class comment for what follows. */
    public void cancel() {
        cancelRequested.set(true);
        cancelFlag = true;
    }

    /** Whether cancelling was asked for (any thread). */
    public boolean isCancelRequested() {
        return cancelFlag;
    }

    // ---- for executors --------------------------------------------------------------------------------

    /** Runs the work on the calling thread (an executor's background thread). */
    public T call(Progress p) throws Exception {
        return work.run(p);
    }

    /** A progress report has reached the FX thread. */
    public void progressed(double fraction, String text) {
        progress.set(fraction);
        if (text != null) {
            message.set(text);
        }
    }

    /** The result, on the FX thread. */
    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** The work stopped because it was asked to, on the FX thread. */
    public void cancelled() {
        onCancelled.run();
    }

    /** A failure, on the FX thread: to the task's own handler, else to {@code dialogs}. */
    public void failed(Throwable e, DialogService dialogs) {
        if (onFailure != null) {
            onFailure.accept(e);
        } else {
            String what = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
            dialogs.showError(shown() ? what + " did not finish" : "Something did not work", DialogService.sentence(e));
        }
    }
}
