package io.papershelf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.ui.list.PaperListViewModel;

/**
 * Filtering by read state and by tag at 100,000 papers, through the list's view model as the sidebar drives
 * it: set the filter, and time until the complete rows have landed in the model. The filters are visited in
 * turn, so each starts from another one's rows, as a person clicking down the sidebar does.
 */
final class FilterBench {
    static final double LIMIT_MS = 100;

    List<Result> run(Context ctx) throws Exception {
        Path file = ctx.libraries().library(100_000);
        Map<String, PaperFilter> filters = new LinkedHashMap<>();
        filters.put("unread (80% of papers)", PaperFilter.ALL.withReadState(ReadState.UNREAD));
        filters.put("read (20%)", PaperFilter.ALL.withReadState(ReadState.READ));
        filters.put("tag \"llm\" (1%)", PaperFilter.ALL.withTag("llm"));
        filters.put("tag \"agents\" (1%)", PaperFilter.ALL.withTag("agents"));
        filters.put("all papers", PaperFilter.ALL);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        filters.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        try (Library library = Library.open(file); BenchExecutor exec = new BenchExecutor()) {
            List<Throwable> errors = new ArrayList<>();
            PaperListViewModel[] vm = new PaperListViewModel[1];
            exec.onUi(() -> vm[0] = new PaperListViewModel(library, exec, errors::add));
            for (int r = -2; r < ctx.runs(); r++) {
                for (var f : filters.entrySet()) {
                    double ms = select(exec, vm[0], f.getValue());
                    if (r >= 0) {
                        times.get(f.getKey()).add(ms);
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the view model reported errors", errors.get(0));
            }
        }
        List<Result> out = new ArrayList<>();
        times.forEach((name, t) -> out.add(name.equals("all papers")
                ? Result.info("filter", "back to all papers (100,000 rows), for reference", new Stats(t), "ms")
                : Result.of("filter", "filter " + name + ": complete rows in the list model", new Stats(t), LIMIT_MS,
                false)));
        return out;
    }

    private static double select(BenchExecutor exec, PaperListViewModel vm, PaperFilter filter) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[2];
        exec.onUi(() -> {
            javafx.beans.value.ChangeListener<Boolean> l = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        t[1] = System.nanoTime();
                        vm.loadingProperty().removeListener(this);
                        done.countDown();
                    }
                }
            };
            vm.loadingProperty().addListener(l);
            t[0] = System.nanoTime();
            if (vm.filterProperty().get().equals(filter)) {
                vm.reload();
            } else {
                vm.filterProperty().set(filter);
            }
        });
        if (!done.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("no rows for " + filter);
        }
        return (t[1] - t[0]) / 1e6;
    }
}
