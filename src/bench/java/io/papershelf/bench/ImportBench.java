package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import of a 10,000-paper listing through the real command line, each run a fresh JVM on a new library
 * file ({@code java -jar papershelf.jar --library L import F}), timed from process start to exit. Beside it,
 * the floor ({@link JdbcFloor}) in a fresh JVM too; runs alternate so that both see the same machine load.
 */
final class ImportBench {
    static final double LIMIT_MS = 2000;
    static final double LIMIT_RATIO = 1.5;

    List<Result> run(Context ctx) throws Exception {
        Path listing = ctx.libraries().listing10k();
        Path work = Files.createDirectories(ctx.dir().resolve("import"));
        Path lib = work.resolve("import.db");
        Path log = work.resolve("last.log");
        List<Double> cli = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = -1; r < ctx.runs(); r++) { // run -1 warms the page cache and is not counted
            clear(lib);
            double c = Processes.timed(List.of(Processes.java(), "-jar", ctx.jar().toString(), "--library",
                    lib.toString(), "import", listing.toString()), ctx.env(), log);
            String said = Files.readString(log);
            if (!said.contains("10000 new")) {
                throw new IllegalStateException("the import did not add 10,000 papers: " + said);
            }
            clear(lib);
            double f = Processes.timed(List.of(Processes.java(), "-cp", ctx.jar() + java.io.File.pathSeparator
                    + ctx.benchClasses(), JdbcFloor.class.getName(), listing.toString(), lib.toString()), ctx.env(), log);
            System.out.printf("  run %d: command line %.0f ms, floor %.0f ms (%s)%n", r, c, f, Files.readString(log).trim());
            if (r >= 0) {
                cli.add(c);
                floor.add(f);
                ratios.add(c / f);
            }
        }
        clear(lib);
        return List.of(
                Result.of("import", "import 10,000 papers, command line, JVM start included", new Stats(cli), LIMIT_MS, false),
                Result.info("import", "floor: same rows by one JDBC loop + one FTS5 rebuild, JVM start included",
                        new Stats(floor), "ms"),
                new Result("import", "ratio command line / floor (per pair of runs)", new Stats(ratios), "x",
                        LIMIT_RATIO, false, ""));
    }

    private static void clear(Path lib) throws Exception {
        Files.deleteIfExists(lib);
        Files.deleteIfExists(lib.resolveSibling(lib.getFileName() + "-wal"));
        Files.deleteIfExists(lib.resolveSibling(lib.getFileName() + "-shm"));
    }
}
