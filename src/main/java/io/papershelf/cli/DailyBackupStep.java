package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import io.papershelf.library.Backups;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryOpenException;

/**
 * What happens to the day's backup after a command has done its work and written its output: the entry point
 * starts it in a process of its own that outlives the command ({@code papershelf backup}), so the first command
 * of a day takes no longer than the next; tests take it in the same thread.
 */
@FunctionalInterface
public interface DailyBackupStep {
    /** Starts (or takes) the day's backup of {@code library}; problems are one sentence on {@code err}. */
    void start(Path library, Backups backups, PrintWriter err);

    /** Takes the backup here and now, warning on {@code err} when it fails. */
    static DailyBackupStep inThisThread() {
        return (library, backups, err) -> {
            try {
                backups.dailyIfDue(library);
            } catch (LibraryException e) {
                LoggerFactory.getLogger(DailyBackupStep.class).warn("Daily backup of {} failed", library, e);
                err.println("Warning: the daily backup was not taken. " + e.getMessage()
                        + (e instanceof LibraryOpenException o && o.problem().restorable()
                        ? " To put back the latest automatic backup, run: papershelf restore" : ""));
            }
        };
    }
}
