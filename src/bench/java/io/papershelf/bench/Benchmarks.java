package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks of docs/performance.md and prints, per measurement, the median and p95 of the runs and
 * the target it is held against; the same table is written to {@code target/bench/results.md}. Run by
 * {@code mvn -Pbench verify} (see the pom), or by hand with the test classpath.
 *
 * <p>System properties: {@code bench.only} (comma-separated: import, search, filter, sort, list, stats, backup,
 * start, ranking;
 * default all), {@code bench.runs} (measured runs per figure, at least 5), {@code bench.jar} (the jar under
 * test), {@code bench.dir} (work folder, reused between runs for the generated libraries),
 * {@code bench.appXmx} (the app's maximum heap, as the launchers set it), {@code bench.appOptions} (its other
 * JVM options, space-separated), {@code bench.cliOptions} (the command-line launcher's JVM options besides the heap).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("bench.jar", "target/papershelf.jar")).toAbsolutePath();
        int runs = Math.max(5, Integer.getInteger("bench.runs", 7));
        String only = System.getProperty("bench.only", "all");
        Set<String> which = only.equals("all")
                ? Set.of("import", "search", "filter", "sort", "list", "stats", "backup", "start", "ranking")
                : Set.of(only.split(","));
        Path classes = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(dir);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -Pbench verify does)");
        }
        String appXmx = System.getProperty("bench.appXmx", "512m");
        List<String> appOptions = options("bench.appOptions");
        List<String> cliOptions = options("bench.cliOptions");
        Context ctx = new Context(dir, jar, classes, runs, new BenchLibraries(dir), appXmx, appOptions, cliOptions);
        String machine = "%s cores, %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(),
                Processes.output("uname", "-sr"), System.getProperty("java.version"));
        System.out.println("Papershelf benchmarks: " + machine + "; " + runs + " measured runs per figure");
        System.out.println("load average at start: " + Processes.output("cat", "/proc/loadavg"));
        System.out.println("preparing data sets (cached in " + dir + ")");
        ctx.libraries().listing10k();
        ctx.libraries().library(100_000);
        ctx.libraries().library(100);

        List<Result> results = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (String name : List.of("import", "search", "filter", "sort", "list", "stats", "backup", "start",
                "ranking")) {
            if (!which.contains(name)) {
                continue;
            }
            double before = Processes.load();
            System.out.println("== " + name + " (load " + before + ")");
            List<Result> got = switch (name) {
                case "import" -> new ImportBench().run(ctx);
                case "search" -> new SearchBench().run(ctx);
                case "filter" -> new FilterBench().run(ctx);
                case "sort" -> new SortBench().run(ctx);
                case "list" -> new CliListBench().run(ctx);
                case "stats" -> new StatsBench().run(ctx);
                case "backup" -> new BackupBench().run(ctx);
                case "ranking" -> new RankingBench().run(ctx);
                default -> new AppStartBench(appXmx, appOptions).run(ctx);
            };
            double after = Processes.load();
            loads.add("%s %.2f -> %.2f".formatted(name, before, after));
            got.forEach(r -> System.out.println("  " + line(r)));
            results.addAll(got);
        }
        String report = report(machine, runs, loads, results);
        Files.writeString(dir.resolve("results.md"), report);
        System.out.println();
        System.out.println(report);
        System.exit(0); // the FX toolkit of the sort benchmark keeps the JVM alive otherwise
    }

    private static String line(Result r) {
        return "%-90s median %8s  p95 %8s %-3s  %s %s %s".formatted(r.what(), Result.fmt(r.stats().median()),
                Result.fmt(r.stats().p95()), r.unit(), r.target(), r.verdict(), r.note());
    }

    static String report(String machine, int runs, List<String> loads, List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("Benchmarks run ").append(Instant.now()).append(" on ").append(machine).append(", ").append(runs)
                .append(" measured runs per figure (after warm-up). Load average (1 min) before -> after each: ")
                .append(String.join("; ", loads)).append(".\n\n");
        b.append("| | measurement | median | p95 | min | max | n | target | verdict |\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Result r : results) {
            String u = r.unit().equals("x") ? "x" : " " + r.unit();
            b.append("| ").append(r.bench()).append(" | ").append(r.what()).append(" | ")
                    .append(Result.fmt(r.stats().median())).append(u).append(" | ")
                    .append(Result.fmt(r.stats().p95())).append(u).append(" | ")
                    .append(Result.fmt(r.stats().min())).append(u).append(" | ")
                    .append(Result.fmt(r.stats().max())).append(u).append(" | ")
                    .append(r.stats().n()).append(" | ").append(r.target()).append(" | ").append(r.verdict())
                    .append(r.note().isEmpty() ? "" : (r.verdict().isEmpty() ? "" : "; ") + r.note())
                    .append(" |\n");
        }
        return b.toString();
    }

    private static List<String> options(String property) {
        return List.of(System.getProperty(property, "").trim().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();
    }
}
