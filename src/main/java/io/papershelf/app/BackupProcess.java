package io.papershelf.app;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.cli.DailyBackupStep;
import io.papershelf.library.Backups;

/**
 * Takes the day's backup in a process of its own, started after a command's output and left running when the
 * command exits: {@code java -cp <this class path> io.papershelf.app.Main --library L backup} (or the installed
 * launcher with {@code --library L backup}), with its standard streams closed, at the lowest priority where there is
 * {@code nice}. The command never waits for it; if it is killed, it leaves only a {@code .partial} file, which the next
 * backup removes. A small heap suffices: the copy is SQLite's and compression streams. Under {@code java} it has tiered
 * compilation (its bzip2 compression is Java code: 38 s against 44 s with the client compiler only at 100,000 papers,
 * decision 0027); installed, the window's launcher's options.
 */
final class BackupProcess implements DailyBackupStep {
    private static final Path SHELL = Path.of("/bin/sh");
    /** The shell returns as soon as the backup is started; this bounds a shell that would not. */
    private static final int SHELL_WAIT_SECONDS = 5;

    @Override
    public void start(Path library, Backups backups, PrintWriter err) {
        // Under the command-line launcher, the window's launcher (decision 0025).
        String self = WindowLauncher.find(System.getProperties()).map(Path::toString)
                .orElseGet(() -> ProcessHandle.current().info().command().orElse(null));
        List<String> command = command(self,
                List.of("--library", library.toAbsolutePath().toString(), "backup"));
        // The logger is asked for here, not held in a static field: Main creates this class before the command line
        // starts reading an import's files, and setting up logging would take about 60 ms of that thread first.
        Logger log = LoggerFactory.getLogger(BackupProcess.class);
        try {
            launch(WindowLauncher.forLauncher(new ProcessBuilder(command)));
            log.debug("Started the daily backup of {} in the background: {}", library, command);
        } catch (IOException | RuntimeException e) {
            // Not taken now; the next command or window start tries again.
            log.warn("Could not start the daily backup of {} in the background", library, e);
        }
    }

    /**
     * Starts {@code command} (with the builder's environment) so that it outlives this process and nothing of this
     * process waits for it. Where there is a POSIX shell, the shell starts it in the background at the lowest
     * priority and returns at once: a JVM that has a child of its own keeps a thread waiting for it in native code,
     * and leaving then costs at least 300 ms (HotSpot waits for such threads at exit), which made the first command
     * of a day 1.5x the second (docs/performance.md). Returns the shell, already gone, or the command itself.
     */
    static Process launch(ProcessBuilder builder) throws IOException {
        boolean shell = Files.isExecutable(SHELL);
        builder.command(shell ? detached(builder.command(), nice()) : builder.command())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        if (shell) {
            try {
                p.waitFor(SHELL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return p;
    }

    /** {@code /bin/sh -c '"$@" &' papershelf-backup [nice -n 19] COMMAND...}: the arguments pass through untouched. */
    static List<String> detached(List<String> command, Optional<Path> nice) {
        List<String> out = new ArrayList<>(List.of(SHELL.toString(), "-c", "\"$@\" </dev/null >/dev/null 2>&1 &",
                "papershelf-backup"));
        nice.ifPresent(n -> out.addAll(List.of(n.toString(), "-n", "19")));
        out.addAll(command);
        return out;
    }

    private static Optional<Path> nice() {
        return Stream.of("/usr/bin/nice", "/bin/nice").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * How to run Papershelf again with {@code args}. Under {@code java} (a jar, the class path): the same java, a
     * small heap, this class path. Under an installed launcher (the process is the launcher itself, which brings
     * its own runtime, options and class path): the launcher with the arguments alone.
     */
    static List<String> command(String executable, List<String> args) {
        List<String> command = new ArrayList<>();
        boolean java = executable == null || Path.of(executable).getFileName().toString().matches("javaw?(\\.exe)?");
        if (!java) {
            command.add(executable);
            command.addAll(args);
            return command;
        }
        command.add(executable != null ? executable : Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC"));
        String logDir = System.getProperty("papershelf.logdir");
        if (logDir != null) {
            command.add("-Dpapershelf.logdir=" + logDir);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }
}
