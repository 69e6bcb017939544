package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.papershelf.library.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup}: takes the day's automatic backup now, unless one was taken today. Every other command
 * starts this in the background after its output, so it rarely needs typing.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Takes today's automatic backup of the library now, unless there is one already "
                + "(other commands start it in the background after their output).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    PapershelfCommand parent;

    @Override
    public Integer call() throws Exception {
        Path file = parent.libraryFile();
        Backups backups = parent.backups();
        PrintWriter out = parent.spec.commandLine().getOut();
        Optional<Backups.Backup> taken = backups.dailyIfDue(file);
        if (taken.isPresent()) {
            out.println("Backed up " + file.getFileName() + " to " + taken.get().file() + ".");
        } else {
            out.println("No backup was due: " + backups.latest(file).map(b -> "the latest was taken "
                    + b.when(parent.clock().getZone()) + " (" + b.file() + ")").orElse("the library has no papers yet")
                    + ".");
        }
        return PapershelfCommand.OK;
    }
}
