package io.papershelf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.collections.ListChangeListener;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.list.PaperListViewModel;

/**
 * Search as you type at 100,000 papers, through the list's view model as the window drives it: each
 * keystroke sets the query and asks for a reload (what the window does once its typing pause has passed),
 * and the time is taken until the first rows land in the model and until the complete result has landed.
 * Phrases are typed letter by letter. Two ways: one keystroke at a time (each waits for its result), and
 * at a fast typist's pace (a key every 100 ms), where results of superseded keystrokes must never show.
 * Also ranked search ({@link Library#rankedSearch}, best 50, plus their rows).
 */
final class SearchBench {
    static final double LIMIT_FIRST_PAGE_P95 = 30;
    static final double LIMIT_RANKED = 100;
    static final List<String> PHRASES = List.of("transformer", "distillation", "graph neural network",
            "reinforcement learning", "diffusion", "retrieval augmented generation", "quantization", "protein",
            "speech recognition", "benchmark", "qutoto", "mixture of experts");
    static final int PACE_MS = 100;

    List<Result> run(Context ctx) throws Exception {
        Path file = ctx.libraries().library(100_000);
        List<Result> out = new ArrayList<>();
        try (Library library = Library.open(file); BenchExecutor exec = new BenchExecutor()) {
            List<Throwable> errors = new ArrayList<>();
            PaperListViewModel[] vm = new PaperListViewModel[1];
            exec.onUi(() -> vm[0] = new PaperListViewModel(library, exec, errors::add));
            Probe probe = new Probe(vm[0]);
            exec.onUi(probe::attach);
            // Warm-up: the first load of everything, then two rounds of typing (JIT, page cache).
            probe.keystroke(exec, "");
            for (int w = 0; w < 2; w++) {
                typeIsolated(exec, probe, new ArrayList<>(), new ArrayList<>());
            }
            List<Double> first = new ArrayList<>();
            List<Double> complete = new ArrayList<>();
            for (int r = 0; r < Math.max(1, ctx.runs() / 3); r++) {
                typeIsolated(exec, probe, first, complete);
            }
            out.add(Result.of("search", "keystroke to first rows in the list model (one key at a time), "
                    + first.size() + " keystrokes", new Stats(first), LIMIT_FIRST_PAGE_P95, true));
            out.add(Result.info("search", "keystroke to complete result in the list model (one key at a time)",
                    new Stats(complete), "ms"));
            out.addAll(typeAtPace(exec, probe, library, vm[0]));
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the view model reported errors", errors.get(0));
            }
            out.add(ranked(library, ctx.runs()));
        }
        return out;
    }

    private static void typeIsolated(BenchExecutor exec, Probe probe, List<Double> first, List<Double> complete)
            throws Exception {
        for (String phrase : PHRASES) {
            for (int i = 1; i <= phrase.length(); i++) {
                Keystroke k = probe.keystroke(exec, phrase.substring(0, i));
                first.add(k.firstMs());
                complete.add(k.completeMs());
            }
            probe.keystroke(exec, "");
        }
    }

    /** Types every phrase at a key per {@link #PACE_MS}, then checks the list shows the last query's rows. */
    private static List<Result> typeAtPace(BenchExecutor exec, Probe probe, Library library, PaperListViewModel vm)
            throws Exception {
        List<Double> first = new ArrayList<>();
        int superseded = 0;
        int keys = 0;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try {
            for (String phrase : PHRASES) {
                List<Keystroke> typed = new ArrayList<>();
                for (int i = 1; i <= phrase.length(); i++) {
                    String q = phrase.substring(0, i);
                    Keystroke k = new Keystroke(q);
                    typed.add(k);
                    clock.schedule(() -> exec.submitUi(() -> probe.press(k)), (long) (i - 1) * PACE_MS,
                            TimeUnit.MILLISECONDS);
                }
                Keystroke last = typed.get(typed.size() - 1);
                if (!last.done.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("no result for " + last.query);
                }
                for (Keystroke k : typed) {
                    keys++;
                    if (k.firstAt > 0) {
                        first.add(k.firstMs());
                    } else {
                        superseded++;
                    }
                }
                List<Long> shown = new ArrayList<>();
                exec.onUi(() -> vm.rows().forEach(r -> shown.add(r.id())));
                List<Long> expected = library.rows(PaperFilter.ALL.withQuery(phrase)).stream().map(PaperRow::id).toList();
                if (!shown.equals(expected)) {
                    throw new IllegalStateException("after typing \"" + phrase + "\" the list shows " + shown.size()
                            + " rows, not the " + expected.size() + " of the last query");
                }
                probe.keystroke(exec, "");
            }
        } finally {
            clock.shutdownNow();
        }
        return List.of(Result.of("search", "keystroke to first rows, typing a key every " + PACE_MS + " ms ("
                        + superseded + " of " + keys + " keystrokes superseded before their rows landed; the list always "
                        + "ended on the last query's rows)", new Stats(first), LIMIT_FIRST_PAGE_P95, true));
    }

    private static Result ranked(Library library, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int r = -2; r < Math.max(1, runs / 3); r++) {
            for (String phrase : PHRASES) {
                for (String q : List.of(phrase.substring(0, Math.min(3, phrase.length())), phrase)) {
                    long t0 = System.nanoTime();
                    List<Long> ids = library.rankedSearch(q, 50);
                    library.rows(ids);
                    if (r >= 0) {
                        times.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            }
        }
        return Result.of("search", "ranked search, best 50 with their rows (3-letter prefix and whole phrase)",
                new Stats(times), LIMIT_RANKED, true);
    }

    /** One keystroke: when it was pressed, when its first rows and its complete result landed. */
    static final class Keystroke {
        final String query;
        final CountDownLatch done = new CountDownLatch(1);
        long pressedAt;
        long firstAt;
        long completeAt;

        Keystroke(String query) {
            this.query = query;
        }

        double firstMs() {
            return (firstAt - pressedAt) / 1e6;
        }

        double completeMs() {
            return (completeAt - pressedAt) / 1e6;
        }
    }

    /** Watches the view model on the stand-in FX thread. */
    static final class Probe {
        private final PaperListViewModel vm;
        private Keystroke current;

        Probe(PaperListViewModel vm) {
            this.vm = vm;
        }

        void attach() {
            vm.rows().addListener((ListChangeListener<PaperRow>) c -> {
                if (current != null && current.firstAt == 0) {
                    current.firstAt = System.nanoTime();
                }
            });
            vm.loadingProperty().addListener((o, was, now) -> {
                if (!now && current != null && current.completeAt == 0) {
                    current.completeAt = System.nanoTime();
                    if (current.firstAt == 0) {
                        current.firstAt = current.completeAt;
                    }
                    current.done.countDown();
                }
            });
        }

        /** Presses a key (on the FX stand-in thread). */
        void press(Keystroke k) {
            current = k;
            k.pressedAt = System.nanoTime();
            vm.queryProperty().set(k.query);
            vm.reload();
        }

        /** Presses a key and waits for its complete result. */
        Keystroke keystroke(BenchExecutor exec, String query) throws Exception {
            Keystroke k = new Keystroke(query);
            exec.onUi(() -> press(k));
            if (!k.done.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("no result for " + query);
            }
            return k;
        }
    }
}
