package io.papershelf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark needs: where to work, the jar under test, how many measured runs, the data sets, and the
 * app's JVM options (maximum heap; the window launcher's memory options; the command-line launcher's options).
 */
record Context(Path dir, Path jar, Path benchClasses, int runs, BenchLibraries libraries, String appXmx,
               List<String> appOptions, List<String> cliOptions) {
    /** A private data folder, so runs never touch the user's settings or log. */
    Map<String, String> env() {
        return Map.of("XDG_DATA_HOME", dataHome().toString(), "PAPERSHELF_LIBRARY",
                dir.resolve("xdg/unused.db").toString());
    }

    Path dataHome() {
        return dir.resolve("xdg");
    }

    /** The backups folder the app uses with {@link #env()}. */
    Path backups() {
        return dataHome().resolve("papershelf/backups");
    }

    /**
     * {@code java -Xmx… <command-line options> -jar papershelf.jar}: the command as {@code /usr/bin/papershelf}, the
     * command-line launcher, runs it.
     */
    List<String> papershelf(String... args) {
        return java(cliOptions, args);
    }

    /**
     * The same command with tiered compilation (C2 too), for comparison: the command-line launcher's options without
     * the client-compiler-only option. (Since decision 0027 the window's launcher runs C1 only as well.)
     */
    List<String> papershelfTiered(String... args) {
        return java(cliOptions.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel")).toList(), args);
    }

    private List<String> java(List<String> options, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.add("-Xmx" + appXmx);
        command.addAll(options);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
