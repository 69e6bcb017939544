package io.papershelf.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;

/**
 * One model's scores for the papers of the library (the "For you" model, or one tag's), or why there are none.
 * Immutable; safe to read from any thread. Higher is more like the papers the user read or tagged.
 */
public final class Scores {
    /** Whether the scores mean something. */
    public enum State {
        /** Trained on enough papers: scores and the bar are shown. */
        READY,
        /** Trained, but every paper's score is not at hand yet (being computed for the window): no scores yet. */
        SCORING,
        /** Fewer than {@link Ranking#MIN_POSITIVES} papers to learn from: no scores, upvotes then date order. */
        COLD_START,
        /** Not trained yet (the first training is running): no scores, upvotes then date order. */
        PENDING
    }

    /** Upvotes (most first, unknown last), then published date (newest first, unknown last), then id. */
    public static final Comparator<PaperRow> UPVOTES_THEN_DATE = Comparator
            .comparing((PaperRow r) -> r.upvotes() == null ? Integer.MIN_VALUE : r.upvotes(), Comparator.reverseOrder())
            .thenComparing(PaperRow::published, Comparator.nullsLast(Comparator.<PublishedDate>reverseOrder()))
            .thenComparingLong(PaperRow::id);

    private final State state;
    private final String label;
    private final int positives;
    private final int papers;
    /** Every paper's score (READY only). */
    private final ScoreColumn column;
    /** Where a score stands (READY and SCORING). */
    private final Standing standing;

    private Scores(State state, String label, int positives, int papers, ScoreColumn column, Standing standing) {
        this.state = state;
        this.label = label;
        this.positives = positives;
        this.papers = papers;
        this.column = column;
        this.standing = standing;
    }

    /** Every paper's scores. */
    static Scores ready(String label, int positives, int papers, ScoreColumn column, Standing standing) {
        return new Scores(State.READY, label, positives, papers, column, standing);
    }

    /** A model whose standing is known but whose every-paper scores are not kept (yet). */
    static Scores scoring(String label, int positives, int papers, Standing standing) {
        return new Scores(State.SCORING, label, positives, papers, null, standing);
    }

    /** Every paper's scores, for tests: {@code ids} ascending, one value each. */
    static Scores of(String label, int positives, long[] ids, float[] values) {
        return ready(label, positives, ids.length, ScoreColumn.of(new IdIndex(ids), values), Standing.ofAll(values));
    }

    static Scores cold(String label, int positives) {
        return new Scores(State.COLD_START, label, positives, 0, null, null);
    }

    static Scores pending(String label, int positives) {
        return new Scores(State.PENDING, label, positives, 0, null, null);
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
            case SCORING -> "Weighing every paper against the papers " + label + "; ordered by upvotes, then date until then.";
        };
    }

    /** The paper's score (an SVM margin, above 0 means "probably yes"); empty when not ready or unknown. */
    public OptionalDouble score(long paperId) {
        float v = column == null ? Float.NaN : column.valueOf(paperId);
        return Float.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Where the paper stands among all papers, 0 (last) to 1 (best), for the score bar (estimated from a sample of
     * 4,096 scores, so within a fraction of a percent); NaN when not ready or unknown.
     */
    public double bar(long paperId) {
        OptionalDouble s = score(paperId);
        return s.isEmpty() ? Double.NaN : percentile(s.getAsDouble());
    }

    /** Where a score would stand among all papers' scores, 0 to 1; NaN when the model was not scored. */
    double percentile(double score) {
        return standing == null ? Double.NaN : standing.percentile(score);
    }

    /** Whether the model was scored, so that {@link #percentile} answers (READY, SCORING). */
    boolean stands() {
        return standing != null;
    }

    /** How many papers have scores. */
    int papers() {
        return papers;
    }

    /** Best first; without scores, upvotes then date. Papers without a score (new, not scored yet) go last. */
    public Comparator<PaperRow> order() {
        if (!ready()) {
            return UPVOTES_THEN_DATE;
        }
        return Comparator.comparingDouble((PaperRow r) -> -valueOf(r.id())).thenComparing(UPVOTES_THEN_DATE);
    }

    /** Least alike first (the For you column turned); papers without a score last; without scores as {@link #order()}. */
    public Comparator<PaperRow> leastFirst() {
        if (!ready()) {
            return UPVOTES_THEN_DATE;
        }
        return Comparator.comparingDouble((PaperRow r) -> {
            double v = valueOf(r.id());
            return v == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : v;
        }).thenComparing(UPVOTES_THEN_DATE);
    }

    /**
     * The rows, best first (a sorted copy; several times faster than sorting with {@link #order()}): the scores
     * and positions are packed into longs and sorted as numbers; equal scores keep upvotes-then-date order.
     */
    public List<PaperRow> sort(List<PaperRow> rows) {
        List<PaperRow> out = new ArrayList<>(rows);
        out.sort(UPVOTES_THEN_DATE);
        if (!ready()) {
            return out;
        }
        int n = out.size();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            float s = (float) valueOf(out.get(i).id());
            int bits = Float.floatToIntBits(s);
            int sortable = bits ^ ((bits >> 31) & 0x7FFFFFFF); // ascending ints in the order of the floats
            keyed[i] = (long) ~sortable << 32 | i; // best first; ties by position, i.e. upvotes then date
        }
        Arrays.sort(keyed);
        List<PaperRow> sorted = new ArrayList<>(n);
        for (long k : keyed) {
            sorted.add(out.get((int) k));
        }
        return sorted;
    }

    /** The paper's score; negative infinity when it has none (it sorts last). */
    private double valueOf(long paperId) {
        float v = column.valueOf(paperId);
        return Float.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
