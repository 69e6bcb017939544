package io.papershelf.storage;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * How far an update of a library's schema has gone, for the window's "Updating the library format… 40%". The
 * steps are the copy taken first and each statement of the migrations; a step that reads or rewrites every row
 * (filling the full-text index, building an index, numbering every listing's papers in V5) weighs as much as the
 * copy, the others next to nothing, and the commit at the end (every changed page written and synced) as much
 * as the copy. So the figure moves as the time goes, not only as the statements go, and 100% means done.
 */
final class MigrationProgress {
    private static final double HEAVY = 20;
    private static final double LIGHT = 1;

    private final DoubleConsumer listener;
    private final double total;
    private double done;

    MigrationProgress(boolean copyFirst, List<String> statements, DoubleConsumer listener) {
        this.listener = listener;
        double sum = copyFirst ? 2 * HEAVY : HEAVY; // the copy; the commit, which writes every changed page
        for (String sql : statements) {
            sum += weight(sql);
        }
        this.total = Math.max(sum, 1);
        listener.accept(0);
    }

    void copied() {
        step(HEAVY);
    }

    /** The update is on disk: 1. */
    void committed() {
        step(HEAVY);
    }

    void done(String sql) {
        step(weight(sql));
    }

    private void step(double w) {
        done += w;
        listener.accept(Math.min(1.0, done / total));
    }

    /**
     * Heavy: a statement whose cost grows with the papers: an index built, rows copied from a table
     * ({@code INSERT ... SELECT}), or an update of a whole table (V5 numbers every listing's papers); a trigger's
     * body, a new column or a few rows of values are light.
     */
    static double weight(String sql) {
        String s = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean everyRow = s.startsWith("create index") || s.startsWith("create unique index")
                || s.startsWith("insert") && s.contains(" select ")
                || s.startsWith("update ");
        return everyRow ? HEAVY : LIGHT;
    }
}
