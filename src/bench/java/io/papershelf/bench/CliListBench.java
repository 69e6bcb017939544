package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code list --query Q} through the real command line in a fresh JVM, on the 100,000-paper library and on a
 * 100-paper one made by the same generator, runs alternating; output goes to a file as when piped. The
 * target holds the 100,000 time against 1.2 times the 100 time, per query.
 */
final class CliListBench {
    static final double LIMIT_RATIO = 1.2;
    /** A rare word, a two-word topic, and a common word (matches a third of the big library). */
    static final List<String> QUERIES = List.of("qutoto", "graph neural", "transformer");

    List<Result> run(Context ctx) throws Exception {
        Path big = ctx.libraries().library(100_000);
        Path small = ctx.libraries().library(100);
        Path work = Files.createDirectories(ctx.dir().resolve("list"));
        List<Result> out = new ArrayList<>();
        for (String q : QUERIES) {
            List<Double> tBig = new ArrayList<>();
            List<Double> tSmall = new ArrayList<>();
            List<Double> ratio = new ArrayList<>();
            long linesBig = 0;
            long linesSmall = 0;
            for (int r = -1; r < ctx.runs(); r++) {
                double b = list(ctx, big, q, work.resolve("big.txt"));
                double s = list(ctx, small, q, work.resolve("small.txt"));
                if (r >= 0) {
                    tBig.add(b);
                    tSmall.add(s);
                    ratio.add(b / s);
                }
                linesBig = Files.lines(work.resolve("big.txt")).count();
                linesSmall = Files.lines(work.resolve("small.txt")).count();
            }
            out.add(Result.info("list", "list --query \"" + q + "\" on 100 papers (" + linesSmall + " lines)",
                    new Stats(tSmall), "ms"));
            out.add(Result.info("list", "list --query \"" + q + "\" on 100,000 papers (" + linesBig + " lines)",
                    new Stats(tBig), "ms"));
            out.add(new Result("list", "ratio 100,000 / 100 for \"" + q + "\" (per pair of runs)", new Stats(ratio),
                    "x", LIMIT_RATIO, false, ""));
        }
        return out;
    }

    private static double list(Context ctx, Path library, String query, Path output) throws Exception {
        double ms = Processes.timed(List.of(Processes.java(), "-jar", ctx.jar().toString(), "--library", library.toString(),
                "list", "--query", query), ctx.env(), output);
        Processes.awaitBackgroundBackups(); // the day's backup of the first run, never beside a measured one
        return ms;
    }
}
