package io.papershelf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.papershelf.library.Library;
import io.papershelf.ui.list.TableSortProbe;

/** Sorting each column of the real table at 100,000 rows, both ways (see {@link TableSortProbe}). */
final class SortBench {
    static final double LIMIT_MS = 150;

    List<Result> run(Context ctx) throws Exception {
        Map<String, List<Double>> times;
        try (Library library = Library.open(ctx.libraries().library(100_000))) {
            times = TableSortProbe.sortTimes(library, ctx.runs());
        }
        List<Result> out = new ArrayList<>();
        times.forEach((column, t) -> out.add(Result.of("sort", "sort by " + column + ", 100,000 rows", new Stats(t),
                LIMIT_MS, false)));
        return out;
    }
}
