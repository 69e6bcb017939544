package io.papershelf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.library.Library;
import io.papershelf.library.Recommender;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;

/**
 * What the ranking adds to the window's memory, in a fresh JVM with the app's heap options: the process holds the
 * 100,000 list rows as the window does, then (with {@code ranking}) trains the models from their cache and keeps
 * the ranking (every paper's score only of the "For you" model, as the window keeps it), trains a tag's model again, and reports its resident size (VmRSS) settled and at peak (VmHWM).
 * The window's own figure (docs/performance.md, Memory) plus the difference is what the window will hold.
 */
public final class RankingMemoryProbe {
    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        boolean ranking = args[1].equals("ranking");
        try (Library library = Library.open(lib)) {
            List<PaperRow> rows = library.rows(PaperFilter.ALL);
            Object keep = null;
            if (ranking) {
                Recommender rec = Recommender.beside(lib);
                rec.keepScoresOf(java.util.Set.of()); // as the window: every paper's score of the For you model only
                rec.refresh(library);
                library.addTag(List.of(rows.get(rows.size() / 2).id()), "vision");
                rec.refresh(library);
                keep = rec;
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(1000);
            }
            System.out.println("rows " + rows.size() + " " + (keep != null));
            System.out.println("VmRSS " + status("VmRSS"));
            System.out.println("VmHWM " + status("VmHWM"));
        }
    }

    private static long status(String key) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /** Runs the probe with and without the ranking, in turns. */
    static final class Runner {
        List<Result> run(Context ctx, Path lib) throws Exception {
            List<Double> rssWith = new ArrayList<>();
            List<Double> rssWithout = new ArrayList<>();
            List<Double> hwmWith = new ArrayList<>();
            List<Double> hwmWithout = new ArrayList<>();
            List<Double> delta = new ArrayList<>();
            String xmx = "-Xmx" + System.getProperty("bench.appXmx", "512m");
            List<String> opts = List.of(System.getProperty("bench.appOptions", "").trim().split("\\s+"));
            for (int r = 0; r < Math.min(ctx.runs(), 5); r++) {
                double[] without = probe(ctx, lib, xmx, opts, "rows");
                double[] with = probe(ctx, lib, xmx, opts, "ranking");
                rssWithout.add(without[0]);
                hwmWithout.add(without[1]);
                rssWith.add(with[0]);
                hwmWith.add(with[1]);
                delta.add(with[0] - without[0]);
            }
            return List.of(
                    Result.info("ranking", "RSS, 100,000 rows held, no ranking (fresh JVM, app heap options)",
                            new Stats(rssWithout), "MB"),
                    Result.info("ranking", "RSS, 100,000 rows held, ranking trained and kept", new Stats(rssWith), "MB"),
                    Result.info("ranking", "RSS added by the ranking, settled (per pair)", new Stats(delta), "MB"),
                    Result.info("ranking", "peak RSS (VmHWM), no ranking", new Stats(hwmWithout), "MB"),
                    Result.info("ranking", "peak RSS (VmHWM), with a training", new Stats(hwmWith), "MB"));
        }

        private static double[] probe(Context ctx, Path lib, String xmx, List<String> opts, String mode) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Processes.java(), xmx));
            opts.stream().filter(o -> !o.isEmpty()).forEach(cmd::add);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), RankingMemoryProbe.class.getName(),
                    lib.toString(), mode));
            Path log = ctx.dir().resolve("ranking-probe.log");
            Processes.timed(cmd, ctx.env(), log);
            double rss = Double.NaN;
            double hwm = Double.NaN;
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("VmRSS ")) {
                    rss = Double.parseDouble(line.substring(6).trim());
                } else if (line.startsWith("VmHWM ")) {
                    hwm = Double.parseDouble(line.substring(6).trim());
                }
            }
            return new double[] {rss, hwm};
        }
    }
}
