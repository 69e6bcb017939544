package io.papershelf.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.animation.PauseTransition;

import io.papershelf.library.Backups;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.BackgroundTask;

/**
 * The day's backup of the library a window shows, a while after it opened, beside the library's thread (it reads
 * the file through a connection of its own) and shown in the status bar while it runs. A library it finds damaged
 * is handed to {@link Outcome#damaged} with the latest backup, looked up off the FX thread too.
 */
final class DailyBackup {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);
    /** No backup at all (before a window shows). */
    static final DailyBackup NONE = new DailyBackup();

    /** What came of it, on the FX thread. */
    interface Outcome {
        void damaged(LibraryOpenException e, Optional<Backups.Backup> latest);

        void failed(String sentence);
    }

    private final Backups backups;
    private final Path file;
    private final BackgroundExecutor executor;
    private final Outcome outcome;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private PauseTransition wait;
    private boolean started;

    DailyBackup(Backups backups, Path file, BackgroundExecutor executor, Outcome outcome) {
        this.backups = backups;
        this.file = file;
        this.executor = executor;
        this.outcome = outcome;
    }

    private DailyBackup() {
        this(null, null, null, null);
        done.complete(null);
    }

    /** Starts it after {@code delay} (FX thread), unless {@link #cancel()} comes first. */
    void startAfter(Duration delay) {
        wait = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        wait.setOnFinished(e -> start());
        wait.play();
    }

    private void start() {
        started = true;
        executor.execute(BackgroundTask.quiet(() -> backups.dailyDue(file)).besideTheLibrary().onSuccess(due -> {
            if (!due) {
                done.complete(null);
                return;
            }
            executor.execute(BackgroundTask.titled("Taking the day's backup…", p -> take()).besideTheLibrary()
                    .onSuccess(damaged -> {
                        damaged.ifPresent(d -> outcome.damaged(d.problem(), d.latest()));
                        done.complete(null);
                    }).onFailure(e -> {
                        outcome.failed(e.getMessage());
                        done.complete(null);
                    }));
        }).onFailure(e -> {
            outcome.failed(e.getMessage());
            done.complete(null);
        }));
    }

    private record Damaged(LibraryOpenException problem, Optional<Backups.Backup> latest) {
    }

    private Optional<Damaged> take() throws Exception {
        try {
            backups.dailyIfDue(file);
            return Optional.empty();
        } catch (LibraryOpenException e) {
            LOG.warn("The daily backup found {} damaged", file, e);
            return Optional.of(new Damaged(e, backups.latest(file)));
        }
    }

    /** The window closed before the backup started: the next start takes it. */
    void cancel() {
        if (wait != null) {
            wait.stop();
        }
        if (!started) {
            done.complete(null);
        }
    }

    /** Completes when the backup is taken, found not due, failed or called off (tests). */
    CompletableFuture<Void> done() {
        return done;
    }
}
