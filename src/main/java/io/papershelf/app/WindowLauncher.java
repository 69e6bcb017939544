package io.papershelf.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The installed app has two launchers (decision 0025): the window's ({@code Papershelf}) and the command line's
 * ({@code papershelf-cli}, which {@code /usr/bin/papershelf} runs), each with the class-data archive of its own work.
 * Both have the client compiler only since decision 0027 (the command line's since 0025, when the window still had
 * the optimising compiler). The command line's names the window's with {@code -Dpapershelf.windowLauncher=Papershelf};
 * the window, and the daily backup, run through that launcher, found beside the running one
 * ({@code jpackage.app-path}). Under {@code java -jar}, or the window's launcher, there is nothing to find.
 */
final class WindowLauncher {
    /** Set by the command-line launcher: the file name of the window's launcher in the same folder. */
    static final String PROPERTY = "papershelf.windowLauncher";
    /** Set by every jpackage launcher: the launcher's own path. */
    static final String APP_PATH = "jpackage.app-path";
    /**
     * Left by a jpackage launcher in its JVM's environment; a launcher started with it takes its arguments for JVM
     * options ("Unrecognized option: --library"), so a launcher started from this process must not inherit it.
     */
    static final String LAUNCHER_STATE = "_JPACKAGE_LAUNCHER";

    private WindowLauncher() {
    }

    /**
     * If this process is the command-line launcher, opens the window through the window's launcher with the same
     * arguments, its input and output this terminal's, and exits with its status; otherwise returns.
     */
    static void openInsteadOfCommandLine(String[] args) {
        Optional<Path> launcher = find(System.getProperties());
        if (launcher.isEmpty()) {
            return;
        }
        try {
            System.exit(run(launcher.get(), args));
        } catch (IOException e) {
            // Not startable (removed, not executable): the window opens in this process, without the window's archive.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /** The window's launcher beside the running command-line launcher; empty when this is not one or it is missing. */
    static Optional<Path> find(Properties properties) {
        String name = properties.getProperty(PROPERTY);
        String self = properties.getProperty(APP_PATH);
        if (name == null || name.isBlank() || self == null || self.isBlank()) {
            return Optional.empty();
        }
        Path running = Path.of(self).toAbsolutePath();
        return Stream.of(name, name + ".exe").map(running::resolveSibling)
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p) && !p.equals(running)).findFirst();
    }

    /** Runs {@code launcher} with {@code args}, sharing this process's standard streams, and waits for its status. */
    static int run(Path launcher, String[] args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return forLauncher(new ProcessBuilder(command)).inheritIO().start().waitFor();
    }

    /** {@code builder}, made fit to start an installed launcher from within one (without {@link #LAUNCHER_STATE}). */
    static ProcessBuilder forLauncher(ProcessBuilder builder) {
        builder.environment().remove(LAUNCHER_STATE);
        return builder;
    }
}
