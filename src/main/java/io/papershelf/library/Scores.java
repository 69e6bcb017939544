package io.papershelf.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import io.papershelf.model.PaperRow;

/**
 * One model's scores for the papers of the library (the "For you" model, or one tag's), or why there are none.
 * Immutable; safe to read from any thread. Higher is more like the papers the user read or tagged.
 */
public final class Scores {
    /** Whether the scores mean something. */
    public enum State {
        /** Trained on enough papers: scores and the bar are shown. */
        READY,
        /** Fewer than {@link Ranking#MIN_POSITIVES} papers to learn from: no scores, upvotes then date order. */
        COLD_START,
        /** Not trained yet (the first training is running): no scores, upvotes then date order. */
        PENDING
    }

    /** Upvotes (most first, unknown last), then published date (newest first, unknown last), then id. */
    public static final Comparator<PaperRow> UPVOTES_THEN_DATE = Comparator
            .comparing((PaperRow r) -> r.upvotes() == null ? Integer.MIN_VALUE : r.upvotes(), Comparator.reverseOrder())
            .thenComparing(r -> r.published() == null ? LocalDate.MIN : r.published(), Comparator.reverseOrder())
            .thenComparingLong(PaperRow::id);

    private final State state;
    private final String label;
    private final int positives;
    private final IdIndex ids;
    private final float[] values;
    /** A sorted sample of the scores (at most {@link #SAMPLE}), for where a score stands. */
    private final float[] sorted;
    private static final int SAMPLE = 4096;

    Scores(State state, String label, int positives, IdIndex ids, float[] values) {
        this.state = state;
        this.label = label;
        this.positives = positives;
        this.ids = ids;
        this.values = values;
        this.sorted = values == null ? null : sortedCopy(values);
    }

    static Scores cold(String label, int positives) {
        return new Scores(State.COLD_START, label, positives, IdIndex.EMPTY, null);
    }

    static Scores pending(String label, int positives) {
        return new Scores(State.PENDING, label, positives, IdIndex.EMPTY, null);
    }

    public State state() {
        return state;
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** How many papers the model learns from (read or tagged; or carrying the tag). */
    public int positives() {
        return positives;
    }

    /** One line for the window or the command line when there are no scores; empty when ready. */
    public String message() {
        return switch (state) {
            case READY -> "";
            case COLD_START -> "Not enough to learn from yet: " + positives + " of " + Ranking.MIN_POSITIVES + " papers "
                    + label + "; ordered by upvotes, then date.";
            case PENDING -> "Learning what you like; ordered by upvotes, then date until then.";
        };
    }

    /** The paper's score (an SVM margin, above 0 means "probably yes"); empty when not ready or unknown. */
    public OptionalDouble score(long paperId) {
        int i = ids.indexOf(paperId);
        return i < 0 || values == null ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    /**
     * Where the paper stands among all papers, 0 (last) to 1 (best), for the score bar (estimated from a sample of
     * 4,096 scores, so within a fraction of a percent); NaN when not ready or unknown.
     */
    public double bar(long paperId) {
        OptionalDouble s = score(paperId);
        return s.isEmpty() ? Double.NaN : percentile(s.getAsDouble());
    }

    /** Where a score would stand among all papers' scores, 0 to 1; NaN when not ready. */
    double percentile(double score) {
        if (sorted == null || sorted.length < 2) {
            return Double.NaN;
        }
        return Math.min(1.0, (double) lowerBound(sorted, (float) score) / (sorted.length - 1));
    }

    /** How many papers have scores. */
    int papers() {
        return values == null ? 0 : values.length;
    }

    /** Best first; without scores, upvotes then date. Papers without a score (new, not scored yet) go last. */
    public Comparator<PaperRow> order() {
        if (!ready()) {
            return UPVOTES_THEN_DATE;
        }
        return Comparator.comparingDouble((PaperRow r) -> -scoreOrMin(r.id())).thenComparing(UPVOTES_THEN_DATE);
    }

    /** The rows, best first (a sorted copy; faster than sorting with {@link #order()} for many rows). */
    public List<PaperRow> sort(List<PaperRow> rows) {
        if (!ready()) {
            List<PaperRow> out = new ArrayList<>(rows);
            out.sort(UPVOTES_THEN_DATE);
            return out;
        }
        int n = rows.size();
        double[] key = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            key[i] = scoreOrMin(rows.get(i).id());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a])
                : UPVOTES_THEN_DATE.compare(rows.get(a), rows.get(b)));
        List<PaperRow> out = new ArrayList<>(n);
        for (Integer i : order) {
            out.add(rows.get(i));
        }
        return out;
    }

    private double scoreOrMin(long id) {
        int i = ids.indexOf(id);
        return i < 0 ? Double.NEGATIVE_INFINITY : values[i];
    }

    private static float[] sortedCopy(float[] values) {
        int step = Math.max(1, (values.length + SAMPLE - 1) / SAMPLE);
        float[] s = new float[(values.length + step - 1) / step];
        for (int i = 0, k = 0; i < values.length; i += step) {
            s[k++] = values[i];
        }
        Arrays.sort(s);
        return s;
    }

    private static int lowerBound(float[] a, float key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
