package io.papershelf.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts another JVM on this test run's class path: the real Papershelf main, or a small test main. Its
 * {@code XDG_DATA_HOME} is the folder given, so Papershelf's data folder (logs, backups) is
 * {@code <folder>/papershelf}, never the user's.
 */
public final class JavaProcess {
    private JavaProcess() {
    }

    public static ProcessBuilder builder(Path dataFolder, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
        command.add("-Dpapershelf.logdir=" + dataFolder.resolve("logs"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("XDG_DATA_HOME", dataFolder.toAbsolutePath().toString());
        env.remove("PAPERSHELF_LIBRARY");
        return pb;
    }

    public static Process start(Path dataFolder, String mainClass, String... args) throws IOException {
        return builder(dataFolder, List.of(), mainClass, args).redirectErrorStream(true).start();
    }

    /** The test class path holds Papershelf's classes and every dependency, like the shaded jar. */
    public static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparatorChar, '\n');
    }
}
