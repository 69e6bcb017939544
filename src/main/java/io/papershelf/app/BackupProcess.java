package io.papershelf.app;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.cli.DailyBackupStep;
import io.papershelf.library.Backups;

/**
 * Takes the day's backup in a process of its own, started after a command's output and left running when the
 * command exits: {@code java -cp <this class path> io.papershelf.app.Main --library L backup} (or the installed
 * launcher with {@code --library L backup}), with its standard streams closed. The command never waits for it; if it is killed, it leaves only a {@code .partial}
 * file, which the next backup removes. A small heap suffices: the copy is SQLite's and compression streams.
 */
final class BackupProcess implements DailyBackupStep {
    private static final Logger LOG = LoggerFactory.getLogger(BackupProcess.class);

    @Override
    public void start(Path library, Backups backups, PrintWriter err) {
        List<String> command = command(ProcessHandle.current().info().command().orElse(null),
                List.of("--library", library.toAbsolutePath().toString(), "backup"));
        try {
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            LOG.debug("Started the daily backup of {} in the background: {}", library, command);
        } catch (IOException | RuntimeException e) {
            // Not taken now; the next command or window start tries again.
            LOG.warn("Could not start the daily backup of {} in the background", library, e);
        }
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
