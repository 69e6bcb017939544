package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import of a 10,000-paper listing through the real command line, each run a fresh JVM on a new library file
 * ({@code java -Xmx512m <command-line options> -jar papershelf.jar --library L import F}, with exactly the options of
 * the command-line launcher that {@code /usr/bin/papershelf} runs: {@code app.cliOptions}, C1 only), timed from
 * process start to exit. For comparison, the same command with tiered compilation (C2 too).
 * Beside them, in turns so that both see the same machine: the floor of issue 16,
 * the same rows loaded by the {@code sqlite3} shell into a table plus an FTS5 index ({@link ShellFloor}), and
 * for reference the older floor, one JDBC loop in a fresh JVM ({@link JdbcFloor}). Then the parser's warm
 * speed and where one import's time goes ({@link ImportPhases}).
 */
final class ImportBench {
    static final double LIMIT_RATIO = 2.0;
    static final double LIMIT_PARSE_MB_S = 50;

    List<Result> run(Context ctx) throws Exception {
        Path listing = ctx.libraries().listing10k();
        Path work = Files.createDirectories(ctx.dir().resolve("import"));
        Path lib = work.resolve("import.db");
        Path log = work.resolve("last.log");
        ShellFloor shell = ShellFloor.prepare(listing, work);
        List<Double> cli = new ArrayList<>();
        List<Double> shellFloor = new ArrayList<>();
        List<Double> jdbcFloor = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> tiered = new ArrayList<>();
        List<Double> tieredRatios = new ArrayList<>();
        for (int r = -1; r < ctx.runs(); r++) { // run -1 warms the page cache and is not counted
            clear(lib);
            double c = Processes.timed(ctx.papershelf("--library", lib.toString(), "import", listing.toString()),
                    ctx.env(), log);
            String said = Files.readString(log);
            if (!said.contains("10000 new")) {
                throw new IllegalStateException("the import did not add 10,000 papers: " + said);
            }
            Processes.awaitBackgroundBackups(); // the day's backup of the first run, before timing more
            clear(lib);
            double s = Processes.timed(shell.command(lib), ctx.env(), log);
            if (!Files.readString(log).contains("10000 papers")) {
                throw new IllegalStateException("the shell did not load 10,000 papers: " + Files.readString(log));
            }
            clear(lib);
            // For comparison, not what /usr/bin/papershelf runs: tiered compilation.
            double k = Processes.timed(ctx.papershelfTiered("--library", lib.toString(), "import", listing.toString()),
                    ctx.env(), log);
            if (!Files.readString(log).contains("10000 new")) {
                throw new IllegalStateException("the tiered import did not add 10,000 papers: " + Files.readString(log));
            }
            clear(lib);
            double f = Processes.timed(List.of(Processes.java(), "-cp", ctx.jar() + java.io.File.pathSeparator
                    + ctx.benchClasses(), JdbcFloor.class.getName(), listing.toString(), lib.toString()), ctx.env(), log);
            System.out.printf("  run %d: command line %.0f ms, sqlite3 shell %.0f ms, tiered %.0f ms, JDBC floor %.0f ms (%s)"
                    + ", load %.2f%n", r, c, s, k, f, Files.readString(log).trim(), Processes.load());
            if (r >= 0) {
                cli.add(c);
                shellFloor.add(s);
                jdbcFloor.add(f);
                ratios.add(c / s);
                tiered.add(k);
                tieredRatios.add(k / s);
            }
        }
        clear(lib);
        Path phases = work.resolve("phases.log");
        String classpath = ctx.jar() + java.io.File.pathSeparator + ctx.benchClasses();
        Processes.timed(List.of(Processes.java(), "-Xmx" + ctx.appXmx(), "-cp", classpath, ImportPhases.class.getName(),
                listing.toString(), lib.toString(), "warm", "20"), ctx.env(), phases);
        double mbs = Double.parseDouble(Files.readString(phases).replaceAll("(?s).*parse warm: ([0-9.]+) MB/s.*", "$1"));
        List<Double> phaseRuns = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            clear(lib);
            List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx" + ctx.appXmx()));
            command.addAll(ctx.appOptions());
            command.addAll(List.of("-cp", classpath, ImportPhases.class.getName(), listing.toString(), lib.toString()));
            phaseRuns.add(Processes.timed(command, ctx.env(), phases));
            System.out.println("  " + Files.readString(phases).lines().filter(l -> l.startsWith("phases:")).findFirst()
                    .orElse(""));
        }
        clear(lib);
        return List.of(
                Result.info("import", "import 10,000 papers, command line (the CLI launcher's options), JVM start included",
                        new Stats(cli), "ms"),
                Result.info("import", "floor: sqlite3 shell, same rows into a table + FTS5 index", new Stats(shellFloor), "ms"),
                new Result("import", "ratio command line / sqlite3 shell (per pair of runs)", new Stats(ratios), "x",
                        LIMIT_RATIO, false, ""),
                Result.info("import", "reference: the same command with tiered compilation (C2 too)", new Stats(tiered),
                        "ms"),
                Result.info("import", "reference: ratio tiered command / sqlite3 shell", new Stats(tieredRatios), "x"),
                Result.info("import", "reference: one JDBC loop + one FTS5 rebuild in a fresh JVM", new Stats(jdbcFloor), "ms"),
                new Result("import", "parsing a 16.8 MB listing, warm (MB/s; more is better)", new Stats(List.of(mbs)),
                        "MB/s", Double.NaN, false, mbs >= LIMIT_PARSE_MB_S ? "met (>= 50 MB/s)" : "missed (< 50 MB/s)"));
    }

    static void clear(Path lib) throws Exception {
        Files.deleteIfExists(lib);
        Files.deleteIfExists(lib.resolveSibling(lib.getFileName() + "-wal"));
        Files.deleteIfExists(lib.resolveSibling(lib.getFileName() + "-shm"));
    }
}
