package io.papershelf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.papershelf.library.Library;

/**
 * Opening the real app ({@code java -Xmx.. -jar papershelf.jar --library L}) on an X server without a screen
 * (Xvfb), on an empty library and on the 100,000-paper one, runs alternating. Timed from process start until
 * the window is mapped (the app's opt-in start-up probe, {@code -Dpapershelf.startupProbe=true}, says it has
 * shown it, and then {@code xdotool search --sync --onlyvisible} finds it), and until the probe says the
 * first rows have landed in the list: the window is usable then. The resident size (VmRSS) is read from
 * {@code /proc} 3 s after all rows have landed and, on the big library, again when the window has been idle
 * for {@link #SETTLE_SECONDS}, with the peak (VmHWM). Each run also starts the floor, {@link MinimalWindow} (a
 * window with a menu bar, a table, a list and a text area, nothing else) with the same JVM options, timed the same
 * way until it is mapped: the empty library's window is compared with it run by run. The stage first shown is the
 * "Opening…" view for a library that takes more than a moment to open, else the library's window itself (decision
 * 0023): "stage shown" is whichever came first. Last, the 100,000-paper window is started with the ranking's cache
 * files deleted ({@link #firstBuild}): its peak resident size while the ranking is built from nothing is held
 * against the same 300 MB.
 */
final class AppStartBench {
    static final double LIMIT_USABLE_MS = 1500;
    static final double LIMIT_RATIO = 1.2;
    /** An empty library's window usable within this of the floor ({@link MinimalWindow}) shown, in the same run. */
    static final double LIMIT_FLOOR_RATIO = 1.25;
    static final double LIMIT_RSS_MB = 300;
    /** The window open and idle this long after its rows landed: what it holds once settled. */
    static final int SETTLE_SECONDS = 15;
    static final int FIRST_OF_DAY_RUNS = 5;
    /** Starts of the 100,000-paper window with the ranking's cache files deleted: the ranking built from nothing. */
    static final int FIRST_BUILD_RUNS = 3;
    /** After the models file is written, the window still scores every paper: the peak is read this much later. */
    static final int FIRST_BUILD_SETTLE_SECONDS = 10;

    private final String maxHeap;
    private final List<String> options;

    /** {@code options}: further JVM options of the launcher, besides the maximum heap. */
    AppStartBench(String maxHeap, List<String> options) {
        this.maxHeap = maxHeap;
        this.options = options;
    }

    List<Result> run(Context ctx) throws Exception {
        for (String tool : List.of("Xvfb", "xdotool")) {
            if (Processes.output("sh", "-c", "command -v " + tool).isEmpty()) {
                System.out.println("  skipped: " + tool + " is not installed (apt-get install -y xvfb xdotool)");
                return List.of();
            }
        }
        Path work = Files.createDirectories(ctx.dir().resolve("app"));
        Path empty = work.resolve("empty.db");
        if (!Files.exists(empty)) {
            Library.open(empty).close();
        }
        Path big = ctx.libraries().copyOf(ctx.libraries().library(100_000), "app/library-100k.db");
        int display = freeDisplay();
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
        List<Double> shownEmpty = new ArrayList<>();
        List<Double> shownBig = new ArrayList<>();
        List<Double> rowsEmpty = new ArrayList<>();
        List<Double> rowsBig = new ArrayList<>();
        List<Double> completeBig = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> floorRatio = new ArrayList<>();
        List<Double> openingEmpty = new ArrayList<>();
        List<Double> openingRatio = new ArrayList<>();
        List<Double> rssEmpty = new ArrayList<>();
        List<Double> rssBig = new ArrayList<>();
        List<Double> settledBig = new ArrayList<>();
        List<Double> firstOfDay = new ArrayList<>();
        List<Double> peakBig = new ArrayList<>();
        List<Double> buildPeak = new ArrayList<>();
        List<Double> buildSettled = new ArrayList<>();
        List<Double> buildMs = new ArrayList<>();
        String pipeline = "";
        try {
            Thread.sleep(1000);
            for (int r = -1; r < ctx.runs(); r++) {
                double f = floor(ctx, display);
                Start e = start(ctx, display, empty, 3);
                Start b = start(ctx, display, big, SETTLE_SECONDS);
                System.out.printf("  run %d: floor (minimal window) shown %.0f ms; empty library: stage shown (Opening…) "
                        + "%.0f ms%n", r, f, e.openingMs);
                System.out.printf("  run %d: empty shown %.0f rows %.0f ms, %.0f MB; 100k shown %.0f first rows %.0f all %d "
                        + "rows %.0f ms, %.0f MB, after %d s %.0f MB, peak %.0f MB%n", r, e.shownMs, e.rowsMs, e.rssMb,
                        b.shownMs, b.rowsMs, b.rows, b.completeMs, b.rssMb, SETTLE_SECONDS, b.settledMb, b.peakMb);
                pipeline = b.pipeline;
                if (r >= 0) {
                    shownEmpty.add(e.shownMs);
                    shownBig.add(b.shownMs);
                    rowsEmpty.add(e.rowsMs);
                    rowsBig.add(b.rowsMs);
                    completeBig.add(b.completeMs);
                    ratio.add(b.rowsMs / e.rowsMs);
                    floor.add(f);
                    floorRatio.add(e.rowsMs / f);
                    openingEmpty.add(e.openingMs);
                    openingRatio.add(e.openingMs / f);
                    rssEmpty.add(e.rssMb);
                    rssBig.add(b.rssMb);
                    settledBig.add(b.settledMb);
                    peakBig.add(b.peakMb);
                }
            }
            // The first start of a day also takes the day's backup (VACUUM INTO a copy of the whole file) on a
            // thread of its own: measured apart, with the backups of the day deleted before each start.
            for (int r = 0; r < FIRST_OF_DAY_RUNS; r++) {
                deleteBackups(ctx);
                Start b = start(ctx, display, big, 3);
                System.out.printf("  first start of the day %d: 100k shown %.0f first rows %.0f all rows %.0f ms%n", r,
                        b.shownMs, b.rowsMs, b.completeMs);
                firstOfDay.add(b.rowsMs);
            }
            // The first start after a big import, a new version or changed settings: the ranking's cache files are
            // missing, and the window's ranking thread counts every paper's terms and trains every model. The day's
            // backup is taken first, as the import's command takes it: else the window's own, 20 s after it opens,
            // would run into each of these starts and be measured with them.
            Processes.timed(ctx.papershelf("--library", big.toString(), "backup"), ctx.env(), work.resolve("backup.log"));
            for (int r = 0; r < FIRST_BUILD_RUNS; r++) {
                double[] b = firstBuild(ctx, display, big);
                System.out.printf("  ranking built from nothing %d: models written %.0f ms after all rows, RSS %.0f MB "
                        + "%d s later, peak %.0f MB%n", r, b[0], b[1], FIRST_BUILD_SETTLE_SECONDS, b[2]);
                buildMs.add(b[0]);
                buildSettled.add(b[1]);
                buildPeak.add(b[2]);
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
        String how = " (-Xmx" + maxHeap + (options.isEmpty() ? "" : " " + String.join(" ", options)) + ", "
                + pipeline.replace("Prism pipeline name = com.sun.prism.", "Prism ") + ")";
        return List.of(
                Result.info("start", "floor: minimal JavaFX window (menu bar, table, list, text area) shown" + how,
                        new Stats(floor), "ms"),
                Result.info("start", "stage shown (Opening…, or the library's window when it opened within a moment), empty library", new Stats(openingEmpty), "ms"),
                Result.info("start", "ratio stage shown (Opening…) / floor shown (per run)", new Stats(openingRatio), "x"),
                Result.info("start", "window shown, empty library" + how, new Stats(shownEmpty), "ms"),
                Result.info("start", "window shown, 100,000 papers", new Stats(shownBig), "ms"),
                Result.info("start", "window usable (first rows in the list), empty library", new Stats(rowsEmpty), "ms"),
                new Result("start", "ratio empty library usable / floor shown (per run)", new Stats(floorRatio), "x",
                        LIMIT_FLOOR_RATIO, false, ""),
                Result.of("start", "window usable (first rows in the list), 100,000 papers", new Stats(rowsBig),
                        LIMIT_USABLE_MS, false),
                new Result("start", "ratio usable 100,000 / empty (per pair of runs)", new Stats(ratio), "x",
                        LIMIT_RATIO, false, ""),
                Result.info("start", "all 100,000 rows in the list", new Stats(completeBig), "ms"),
                Result.info("start", "first start of the day (the daily backup runs beside it): first rows, 100,000 "
                        + "papers", new Stats(firstOfDay), "ms"),
                Result.info("memory", "resident size (VmRSS) 3 s after all rows, empty library", new Stats(rssEmpty),
                        "MB"),
                Result.info("memory", "resident size (VmRSS) 3 s after all rows, 100,000 papers", new Stats(rssBig), "MB"),
                Result.info("memory", "peak resident size (VmHWM), 100,000 papers", new Stats(peakBig), "MB"),
                new Result("memory", "resident size (VmRSS), window open and idle " + SETTLE_SECONDS
                        + " s after all rows, 100,000 papers" + how, new Stats(settledBig), "MB", LIMIT_RSS_MB, false, ""),
                Result.info("memory", "ranking built from nothing (cache files deleted): models written, after all "
                        + "rows, 100,000 papers", new Stats(buildMs), "ms"),
                Result.info("memory", "ranking built from nothing: resident size (VmRSS) " + FIRST_BUILD_SETTLE_SECONDS
                        + " s after the models were written", new Stats(buildSettled), "MB"),
                new Result("memory", "ranking built from nothing: peak resident size (VmHWM) of the window, 100,000 "
                        + "papers", new Stats(buildPeak), "MB", LIMIT_RSS_MB, false, ""));
    }

    private record Start(double openingMs, double shownMs, double rowsMs, double completeMs, int rows, double rssMb, double settledMb,
                         double peakMb, String pipeline) {
    }

    /** A window's process started: when, what its probe lines say, and its output. */
    private record Launched(Process process, long t0, Probes probes, StringBuilder pipeline, StringBuilder log) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts {@code java -Xmx.. OPTIONS TAIL} on the display, its output read by a thread of its own. */
    private Launched launch(Context ctx, int display, List<String> tail, String readerName) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Processes.java(), "-Xmx" + maxHeap));
        cmd.addAll(options);
        cmd.addAll(tail);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(ctx.env());
        pb.environment().put("DISPLAY", ":" + display);
        Probes probes = new Probes(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>());
        StringBuilder pipeline = new StringBuilder();
        StringBuilder log = new StringBuilder();
        long t0 = System.nanoTime();
        Process process = pb.start();
        Thread reader = new Thread(() -> read(process, display, probes, pipeline, log), readerName);
        reader.setDaemon(true);
        reader.start();
        return new Launched(process, t0, probes, pipeline, log);
    }

    /** The floor: {@link MinimalWindow} with the app's JVM options, from process start until it is mapped (ms). */
    private double floor(Context ctx, int display) throws Exception {
        Launched window = launch(ctx, display, List.of("-cp", ctx.jar() + java.io.File.pathSeparator
                + ctx.benchClasses(), MinimalWindow.class.getName()), "floor-output");
        try {
            return (window.probes().shown().get(1, TimeUnit.MINUTES) - window.t0()) / 1e6;
        } catch (Exception e) {
            throw new IllegalStateException("the minimal window did not start as expected; its output:\n"
                    + window.log(), e);
        } finally {
            window.stop();
        }
    }

    private Start start(Context ctx, int display, Path library, int settleSeconds) throws Exception {
        Launched app = launch(ctx, display, List.of("-Dpapershelf.startupProbe=true", "-Dprism.verbose=true", "-jar",
                ctx.jar().toString(), "--library", library.toString()), "app-output");
        Probes p = app.probes();
        long t0 = app.t0();
        try {
            long[] landed = p.rows().get(2, TimeUnit.MINUTES);
            long[] all = p.complete().get(2, TimeUnit.MINUTES);
            long shownAt = p.shown().get(1, TimeUnit.MINUTES);
            Thread.sleep(3000);
            long pid = app.process().pid();
            double loaded = status(pid, "VmRSS:");
            double settled = loaded;
            if (settleSeconds > 3) {
                Thread.sleep((settleSeconds - 3) * 1000L);
                settled = status(pid, "VmRSS:");
            }
            long openingAt = p.opening().getNow(shownAt);
            return new Start((openingAt - t0) / 1e6, (shownAt - t0) / 1e6, (landed[0] - t0) / 1e6, (all[0] - t0) / 1e6,
                    (int) all[1], loaded, settled, status(pid, "VmHWM:"), app.pipeline().toString());
        } catch (Exception e) {
            throw new IllegalStateException("the app did not start as expected; its output:\n" + app.log(), e);
        } finally {
            app.stop();
        }
    }

    /**
     * Deletes the ranking's cache files beside {@code library} and starts the window on it: after all rows have
     * landed its ranking thread builds the term file and trains every model. Returns when the models file was
     * written (ms after all rows), and the resident size and peak {@link #FIRST_BUILD_SETTLE_SECONDS} later (MB),
     * when every paper has been scored. The files are left built for the next start.
     */
    private double[] firstBuild(Context ctx, int display, Path library) throws Exception {
        Path models = Path.of(library + ".ranking-models");
        Files.deleteIfExists(Path.of(library + ".ranking-terms"));
        Files.deleteIfExists(models);
        Launched app = launch(ctx, display, List.of("-Dpapershelf.startupProbe=true", "-jar", ctx.jar().toString(),
                "--library", library.toString()), "app-output");
        try {
            long[] all = app.probes().complete().get(2, TimeUnit.MINUTES);
            long pid = app.process().pid();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!Files.exists(models)) {
                if (System.nanoTime() > deadline || !app.process().isAlive()) {
                    throw new IllegalStateException("the window did not write " + models + " within 5 minutes");
                }
                Thread.sleep(100);
            }
            double written = (System.nanoTime() - all[0]) / 1e6;
            Thread.sleep(FIRST_BUILD_SETTLE_SECONDS * 1000L);
            return new double[] {written, status(pid, "VmRSS:"), status(pid, "VmHWM:")};
        } catch (Exception e) {
            throw new IllegalStateException("the app did not build its ranking as expected; its output:\n" + app.log(), e);
        } finally {
            app.stop();
        }
    }

    /**
     * When the app says it has shown its window, asks X whether a window of that name is mapped (waiting if
     * not): the time is when both hold. Polling X from the start instead would take CPU from the app.
     */
    private static void whenMapped(int display, CompletableFuture<Long> shown) {
        try {
            ProcessBuilder xb = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--name",
                    "^Papershelf").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            xb.environment().put("DISPLAY", ":" + display);
            xb.start().onExit().thenAccept(p -> shown.complete(System.nanoTime()));
        } catch (IOException e) {
            shown.completeExceptionally(e);
        }
    }

    /** What the probe lines say: the stage first mapped ("Opening…"), the library's window mapped, rows landed. */
    private record Probes(CompletableFuture<Long> opening, CompletableFuture<Long> shown, CompletableFuture<long[]> rows,
                          CompletableFuture<long[]> complete) {
    }

    private static void read(Process app, int display, Probes p, StringBuilder pipeline, StringBuilder log) {
        CompletableFuture<long[]> rows = p.rows();
        CompletableFuture<long[]> complete = p.complete();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                long now = System.nanoTime();
                synchronized (log) {
                    log.append(line).append('\n');
                }
                if (line.startsWith("startup-probe opening ")) {
                    whenMapped(display, p.opening());
                } else if (line.startsWith("startup-probe shown ")) {
                    whenMapped(display, p.shown());
                } else if (line.startsWith("startup-probe rows ")) {
                    rows.complete(new long[] {now, Long.parseLong(line.split(" ")[2])});
                } else if (line.startsWith("startup-probe complete ")) {
                    complete.complete(new long[] {now, Long.parseLong(line.split(" ")[2])});
                } else if (line.contains("Using ") && line.contains("pipeline") || line.startsWith("Prism pipeline name")) {
                    pipeline.setLength(0);
                    pipeline.append(line.trim());
                }
            }
        } catch (IOException e) {
            rows.completeExceptionally(e);
        }
        rows.completeExceptionally(new IllegalStateException("the app ended before its first rows"));
        complete.completeExceptionally(new IllegalStateException("the app ended before all its rows"));
    }

    private static void deleteBackups(Context ctx) throws IOException {
        Path folder = ctx.dir().resolve("xdg/papershelf/backups");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** A size line of /proc/PID/status (VmRSS: resident now, VmHWM: the most it has been), in MB. */
    private static double status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static int freeDisplay() {
        for (int d = 91; d < 120; d++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + d)) && !Files.exists(Path.of("/tmp/.X" + d + "-lock"))) {
                return d;
            }
        }
        throw new IllegalStateException("no free X display number between :91 and :119");
    }
}
