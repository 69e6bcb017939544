package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        description = "Keeps a reading list of research papers from saved listing pages.",
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, RestoreCommand.class, StatsCommand.class,
            CommandLine.HelpCommand.class})
public final class PapershelfCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PapershelfCommand.class);
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

    Path libraryFile() {
        return LibraryLocation.resolve(library);
    }

    Backups backups() {
        return Backups.inDataFolder(dataFolder, clock);
    }

    Clock clock() {
        return clock;
    }

    /**
     * Opens the library, then takes the day's automatic backup if it is due. A library that cannot be
     * opened is refused with the way to restore its latest backup, when there is one.
     */
    Library openLibrary() throws LibraryException {
        Path file = libraryFile();
        Backups backups = backups();
        Library opened;
        try {
            opened = Library.open(file, clock, backups);
        } catch (LibraryOpenException e) {
            throw new LibraryException(e.getMessage() + restoreHint(e, backups), e);
        }
        try {
            backups.dailyIfDue(file);
        } catch (LibraryException e) {
            LOG.warn("Daily backup of {} failed", file, e);
            spec.commandLine().getErr().println("Warning: the daily backup was not taken. " + e.getMessage()
                    + (e instanceof LibraryOpenException ? restoreHint((LibraryOpenException) e, backups) : ""));
        }
        return opened;
    }

    private String restoreHint(LibraryOpenException e, Backups backups) {
        if (!e.problem().restorable()) {
            return "";
        }
        return backups.latest(e.file()).map(b -> " To put back the latest automatic backup, taken " + b.when(clock.getZone())
                + ", run: papershelf restore").orElse("");
    }

    /** Runs the command line and returns the exit code; output goes to the writers given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, LibraryLocation.dataFolder(), Clock.systemDefaultZone());
    }

    /** The same, with the data folder (backups) and the clock given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path dataFolder, Clock clock) {
        PapershelfCommand command = new PapershelfCommand();
        command.dataFolder = dataFolder;
        command.clock = clock;
        CommandLine cl = new CommandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureReport());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
