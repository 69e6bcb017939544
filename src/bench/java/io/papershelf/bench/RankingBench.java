package io.papershelf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.library.Library;
import io.papershelf.library.Ranking;
import io.papershelf.library.RankingWork;
import io.papershelf.library.Recommender;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/**
 * The "For you" ranking at 100,000 papers (docs/performance.md, For you): building the models from nothing,
 * training a tag's model again after the user tags a paper, scoring a new listing of 50 papers, and sorting the
 * whole library, in this JVM on the benchmark library (one paper in five read, one in ten tagged with 24 tags).
 * The memory side (what the window would hold) is measured in a fresh JVM with the app's heap options by
 * {@link RankingMemoryProbe}.
 */
final class RankingBench {
    static final double RETRAIN_MS = 5_000;
    static final double NEW_LISTING_MS = 50;
    static final double SORT_MS = 300;

    List<Result> run(Context ctx) throws Exception {
        Path lib = ctx.libraries().copyOf(ctx.libraries().library(100_000), "ranking-100k.db");
        deleteCaches(lib);
        List<Result> out = new ArrayList<>();
        out.add(cpuFloor(ctx));
        try (Library library = Library.open(lib)) {
            Recommender rec = Recommender.beside(lib);
            long t0 = System.nanoTime();
            Ranking first = rec.refresh(library);
            double firstMs = ms(t0);
            out.add(Result.info("ranking", "first build: count terms of 100,000 papers, train 25 models, score all",
                    new Stats(List.of(firstMs)), "ms"));
            out.add(Result.info("ranking", "feature matrix on disk (library.db.ranking-terms)",
                    new Stats(List.of(Files.size(Path.of(lib + ".ranking-terms")) / 1e6)), "MB"));
            out.add(Result.info("ranking", "models on disk (library.db.ranking-models, 25 models)",
                    new Stats(List.of(Files.size(Path.of(lib + ".ranking-models")) / 1e6)), "MB"));
            if (!first.forYou().ready() || !first.tag("vision").ready()) {
                throw new IllegalStateException("the benchmark library should train every model");
            }

            List<Long> readUntagged = library.rows(PaperFilter.ALL.withReadState(ReadState.READ)).stream()
                    .filter(r -> r.tags().isEmpty()).map(PaperRow::id).toList();
            List<Double> retrain = new ArrayList<>();
            List<Double> peakHeap = new ArrayList<>();
            for (int r = -1; r < ctx.runs(); r++) {
                library.addTag(List.of(readUntagged.get(r + 1)), "vision");
                resetPeaks();
                long t = System.nanoTime();
                Ranking after = rec.refresh(library);
                double took = ms(t);
                if (after.tag("vision").positives() != first.tag("vision").positives() + r + 2) {
                    throw new IllegalStateException("the tag's model did not see the new paper");
                }
                if (r >= 0) {
                    retrain.add(took);
                    peakHeap.add(oldGenPeakMb());
                }
            }
            out.add(Result.of("ranking", "tag a read paper: the tag's model trained again and all papers scored",
                    new Stats(retrain), RETRAIN_MS, false));
            out.add(Result.info("ranking", "old generation peak while training again (heap, this JVM)",
                    new Stats(peakHeap), "MB"));

            List<Double> newListing = new ArrayList<>();
            List<Double> prepareMs = new ArrayList<>();
            long[] firstPublish = new long[1];
            rec.onUpdate(r -> {
                if (firstPublish[0] == 0) {
                    firstPublish[0] = System.nanoTime();
                }
            });
            for (int r = -1; r < ctx.runs(); r++) {
                Path listing = ctx.dir().resolve("ranking-new-50-" + r + ".txt");
                new ListingGenerator(1000 + r).write(listing, 50);
                List<Long> written = library.importFiles(List.of(listing), LocalDate.of(2026, 5, 21)).stream()
                        .flatMap(result -> result.written().stream()).toList();
                firstPublish[0] = 0;
                long t = System.nanoTime();
                RankingWork work = rec.prepare(library, written); // as the window: told which papers the import wrote
                double prepared = ms(t);
                rec.train(work);
                if (r >= 0) {
                    newListing.add((firstPublish[0] - t) / 1e6);
                    prepareMs.add(prepared);
                }
            }
            rec.onUpdate(r -> { });
            out.add(Result.of("ranking", "new listing of 50 papers: terms counted and scored by the models at hand",
                    new Stats(newListing), NEW_LISTING_MS, false));
            out.add(Result.info("ranking", "of which prepare (the written papers' stamps, labels and texts; library thread)",
                    new Stats(prepareMs), "ms"));

            Ranking ranking = rec.current();
            List<PaperRow> all = library.rows(PaperFilter.ALL);
            List<Double> sort = new ArrayList<>();
            List<Double> sortCmp = new ArrayList<>();
            for (int r = -2; r < ctx.runs(); r++) {
                long t = System.nanoTime();
                List<PaperRow> sorted = ranking.forYou().sort(all);
                double a = ms(t);
                t = System.nanoTime();
                List<PaperRow> copy = new ArrayList<>(all);
                copy.sort(ranking.forYou().order());
                double b = ms(t);
                if (!sorted.get(0).equals(copy.get(0))) {
                    throw new IllegalStateException("the two sorts disagree");
                }
                if (r >= 0) {
                    sort.add(a);
                    sortCmp.add(b);
                }
            }
            out.add(Result.of("ranking", "For you sort of all " + all.size() + " rows (Scores.sort)", new Stats(sort),
                    SORT_MS, false));
            out.add(Result.of("ranking", "For you sort of all rows with the comparator (Scores.order)",
                    new Stats(sortCmp), SORT_MS, false));
            out.add(moreLikeThis(ctx, lib, library));
        }
        out.addAll(new RankingMemoryProbe.Runner().run(ctx, lib));
        return out;
    }

    /**
     * As the window keeps it (every paper's score of the For you model only), the time from opening a tag's "More
     * like this" until every paper has the tag's score: a refresh with nothing changed, one pass over the term file.
     */
    private static Result moreLikeThis(Context ctx, Path lib, Library library) throws Exception {
        Recommender window = Recommender.beside(lib);
        window.keepScoresOf(java.util.Set.of());
        if (window.refresh(library).tag("vision").state() != io.papershelf.library.Scores.State.SCORING) {
            throw new IllegalStateException("the window's ranking should keep only the For you model's scores");
        }
        List<Double> took = new ArrayList<>();
        for (int r = -1; r < ctx.runs(); r++) {
            window.keepScoresOf(java.util.Set.of("vision"));
            long t = System.nanoTime();
            Ranking shown = window.train(window.prepare(library, List.of()));
            double ms = ms(t);
            if (!shown.tag("vision").ready()) {
                throw new IllegalStateException("the tag's scores were not computed");
            }
            window.keepScoresOf(java.util.Set.of());
            window.train(window.prepare(library, List.of())); // let go again
            if (r >= 0) {
                took.add(ms);
            }
        }
        return Result.info("ranking", "More like this opened: every paper scored for the tag (window keeps For you only)",
                new Stats(took), "ms");
    }

    /** How fast the machine is right now: sorting 100,000 doubles, the work of a sort of the whole library. */
    private static Result cpuFloor(Context ctx) {
        java.util.Random random = new java.util.Random(1);
        double[] data = new double[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextDouble();
        }
        List<Double> t = new ArrayList<>();
        for (int r = -3; r < ctx.runs(); r++) {
            double[] copy = data.clone();
            long t0 = System.nanoTime();
            java.util.Arrays.sort(copy);
            if (r >= 0) {
                t.add(ms(t0));
            }
        }
        return Result.info("ranking", "floor: sort 100,000 doubles (how fast the machine is now)", new Stats(t), "ms");
    }

    static void deleteCaches(Path lib) throws Exception {
        Files.deleteIfExists(Path.of(lib + ".ranking-terms"));
        Files.deleteIfExists(Path.of(lib + ".ranking-models"));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double oldGenPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen") || p.getName().contains("Tenured"))
                .mapToDouble(p -> p.getPeakUsage().getUsed() / 1e6).sum();
    }
}
