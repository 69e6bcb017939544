package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryLocation;
import io.papershelf.library.LibraryOpenException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code papershelf} command: global options and the subcommands. Exit codes: 0 success, 1 bad
 * input or a library that cannot be used (nothing changed), 2 usage error.
 */
@Command(name = "papershelf", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Keeps a reading list of research papers from saved listing pages.")
public final class PapershelfCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--library", paramLabel = "FILE",
            description = "The library file. Default: $PAPERSHELF_LIBRARY, else the per-user data folder.")
    Path library;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    private Path dataFolder;
    private Clock clock;
    private DailyBackupStep backupStep;
    /** The library a command opened, whose daily backup follows the command's output. */
    private volatile Path opened;
    /** The files of a plain import, being read while picocli builds the command. */
    private ImportReadAhead readAhead;

    Path libraryFile() {
        return LibraryLocation.resolve(library);
    }

    Backups backups() {
        return Backups.inDataFolder(dataFolder, clock);
    }

    Clock clock() {
        return clock;
    }

    ImportReadAhead readAhead() {
        return readAhead;
    }

    /**
     * Opens the library. A library that cannot be opened is refused with the way to restore its latest backup,
     * when there is one. The day's automatic backup is not taken here: it follows the command's output
     * ({@link DailyBackupStep}), so it never delays the command.
     */
    Library openLibrary() throws LibraryException {
        Path file = libraryFile();
        Backups backups = backups();
        Library library;
        try {
            library = Library.open(file, clock, backups);
        } catch (LibraryOpenException e) {
            throw new LibraryException(e.getMessage() + restoreHint(e, backups), e);
        }
        opened = library.file();
        return library;
    }

    /** The library opened is left as it was: it takes no daily backup after this command. */
    void forgetOpened() {
        opened = null;
    }

    private String restoreHint(LibraryOpenException e, Backups backups) {
        if (!e.problem().restorable()) {
            return "";
        }
        return backups.latest(e.file()).map(b -> " To put back the latest automatic backup, taken " + b.when(clock.getZone())
                + ", run: papershelf restore").orElse("");
    }

    /**
     * Runs the command line and returns the exit code; output goes to the writers given. The day's backup, when
     * due, is then handed to {@code backupStep}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, DailyBackupStep backupStep) {
        return run(args, out, err, LibraryLocation.dataFolder(), Clock.systemDefaultZone(), backupStep);
    }

    /** The same, with the day's backup taken in this thread after the output (tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path dataFolder, Clock clock) {
        return run(args, out, err, dataFolder, clock, DailyBackupStep.inThisThread());
    }

    /** The same, with the data folder (backups), the clock and the backup step given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path dataFolder, Clock clock,
                          DailyBackupStep backupStep) {
        PapershelfCommand command = new PapershelfCommand();
        command.readAhead = ImportReadAhead.start(args, Clock.systemDefaultZone());
        command.dataFolder = dataFolder;
        command.clock = clock;
        command.backupStep = backupStep;
        CommandLine cl = Subcommands.commandLine(command, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureReport());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        if (command.opened != null && command.backups().dailyDue(command.opened)) {
            command.backupStep.start(command.opened, command.backups(), err);
            err.flush();
        }
        return code;
    }
}
