package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.papershelf.library.Backups;
import io.papershelf.library.JsonRestore;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.LibraryOpenException;
import io.papershelf.library.LibraryRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore [--from BACKUP] [--list]}: puts back the latest automatic backup (or the one given: a copy of
 * the library, or a Papershelf JSON export, from which a new library is built).
 * The current file is set aside, renamed {@code library.db.before-restore-...} (or
 * {@code .damaged-...} when it cannot be opened), never deleted. Refused while a window has the
 * library open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts back the latest automatic backup of the library (or the backup given). The current "
                + "file is kept beside it under a new name, never deleted.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    PapershelfCommand parent;

    @Option(names = "--from", paramLabel = "BACKUP", description = "The backup to restore: an automatic backup, a copy "
            + "of the library, or a Papershelf JSON export (default: the latest automatic backup).")
    Path from;

    @Option(names = "--list", description = "List the automatic backups of the library, newest first, and change nothing.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        Path file = parent.libraryFile();
        Backups backups = parent.backups();
        PrintWriter out = parent.spec.commandLine().getOut();
        if (list) {
            for (Backups.Summary s : backups.summaries(file)) {
                out.println(String.join("\t", s.backup().describe(parent.clock().getZone()),
                        s.problem() == null ? s.papers() + " papers" : "damaged (" + s.problem() + ")",
                        s.backup().file().toString()));
            }
            return PapershelfCommand.OK;
        }
        Path backup = from;
        if (backup == null) {
            List<Backups.Backup> all = backups.of(file);
            if (all.isEmpty()) {
                throw new CommandFailure("There is no automatic backup of " + file + " in " + backups.folder()
                        + "; name a backup file with --from.");
            }
            backup = all.get(0).file();
        }
        try (LibraryLock lock = LibraryLock.acquireForCommand(file)) {
            LibraryRestore.Restored restored = JsonRestore.isDatabase(backup) || !Files.isRegularFile(backup)
                    ? LibraryRestore.restore(file, backup, reasonFor(file), parent.clock())
                    : JsonRestore.restore(file, backup, reasonFor(file), parent.clock());
            out.println(restored.summary());
        } catch (LibraryOpenException e) {
            if (e.problem() == LibraryOpenException.Problem.IN_USE) {
                throw new CommandFailure("The library " + file + " is open in a Papershelf window; close the window "
                        + "(or use File > Restore from backup… there), then restore.", e);
            }
            throw e;
        }
        return PapershelfCommand.OK;
    }

    /** A file that opens is kept as "before-restore"; one that does not, as "damaged" or "newer-version". */
    private LibraryRestore.Reason reasonFor(Path file) {
        if (!Files.exists(file)) {
            return LibraryRestore.Reason.BEFORE_RESTORE;
        }
        try (Library ignored = Library.open(file, parent.clock(), parent.backups())) {
            return LibraryRestore.Reason.BEFORE_RESTORE;
        } catch (LibraryOpenException e) {
            return LibraryRestore.reasonFor(e.problem());
        }
    }
}
