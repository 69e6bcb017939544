package io.papershelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;
import io.papershelf.library.LibraryLocation;
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
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, CommandLine.HelpCommand.class})
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

    Path libraryFile() {
        return LibraryLocation.resolve(library);
    }

    Library openLibrary() throws LibraryException {
        return Library.open(libraryFile());
    }

    /** Runs the command line and returns the exit code; output goes to the writers given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PapershelfCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureReport());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
