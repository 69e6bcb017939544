package io.papershelf.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ranking.TermCounts;
import io.papershelf.model.TermWeight;

/**
 * What the "For you" models say, as of one training: scores for every paper, per tag and overall, tag suggestions
 * and the terms behind a score. Immutable and cheap to read from any thread, the FX thread included (no file, no
 * database). A newer one replaces it when training finishes; until then this one stays in use.
 */
public final class Ranking {
    /** A model needs this many positive papers; below it the ranking says so and orders by upvotes, then date. */
    public static final int MIN_POSITIVES = 5;
    /** The key of the "read or tagged" model. */
    static final String FOR_YOU = "";
    private static final int SUGGESTIONS = 3;

    private final Scores forYou;
    private final Map<String, Scores> byTag;
    private final Map<String, TrainedModel> models;
    private final Map<String, String> tagNames;

    Ranking(Scores forYou, Map<String, Scores> byTag, Map<String, TrainedModel> models, Map<String, String> tagNames) {
        this.forYou = forYou;
        this.byTag = Map.copyOf(byTag);
        this.models = Map.copyOf(models);
        this.tagNames = Map.copyOf(tagNames);
    }

    /** Before the first training: nothing known, every order falls back to upvotes, then date. */
    public static Ranking pending() {
        return new Ranking(Scores.pending("read or tagged", 0), Map.of(), Map.of(), Map.of());
    }

    /** Scores of the "read or tagged at all" model: the "For you" order and column. */
    public Scores forYou() {
        return forYou;
    }

    /** Scores of a tag's model (any case); cold start for a tag with too few papers or unknown; pending before the first training. */
    public Scores tag(String tag) {
        Scores s = byTag.get(key(tag));
        if (s != null) {
            return s;
        }
        String label = "tagged \"" + tag + "\"";
        return forYou.state() == Scores.State.PENDING ? Scores.pending(label, 0) : Scores.cold(label, 0);
    }

    /** Whether the library has this tag (any case). */
    public boolean hasTag(String tag) {
        return tagNames.containsKey(key(tag));
    }

    /**
     * "More like this": the rows that do not carry the tag, most like the tag's papers first (upvotes then date
     * while the tag has too few papers).
     */
    public List<PaperRow> moreLikeThis(String tag, List<PaperRow> rows) {
        String k = key(tag);
        List<PaperRow> without = rows.stream()
                .filter(r -> r.tags().stream().noneMatch(t -> key(t).equals(k))).toList();
        return tag(tag).sort(without);
    }

    /**
     * Up to three of the user's tags that the paper does not carry and probably deserves, most likely first: a
     * tag is suggested when the paper would rank among the papers most like the tag, as far up as twice the
     * tag's share of the library (a tag on 5% of the papers: the top 10%). Computed from the paper's title and
     * abstract, so it works for a paper just imported too: call it with the paper the detail pane already has.
     */
    public List<TagSuggestion> suggestTags(Paper paper) {
        Set<String> has = new java.util.HashSet<>();
        paper.tags().forEach(t -> has.add(key(t)));
        int[] counts = TermCounts.of(text(paper));
        List<TagSuggestion> out = new ArrayList<>();
        for (Map.Entry<String, TrainedModel> e : models.entrySet()) {
            String k = e.getKey();
            Scores scores = byTag.get(k);
            if (k.equals(FOR_YOU) || has.contains(k) || scores == null || !scores.stands()) {
                continue;
            }
            double likeness = scores.percentile(e.getValue().model().score(counts));
            double share = (double) scores.positives() / Math.max(1, scores.papers());
            if (likeness >= Math.max(0.5, 1 - 2 * share)) {
                out.add(new TagSuggestion(tagNames.get(k), likeness));
            }
        }
        out.sort(Comparator.comparingDouble(TagSuggestion::likeness).reversed().thenComparing(TagSuggestion::tag));
        return out.size() > SUGGESTIONS ? List.copyOf(out.subList(0, SUGGESTIONS)) : List.copyOf(out);
    }

    /**
     * The few terms of the paper that raised its score most, for the score's tooltip: the "For you" model's when
     * {@code tag} is null, else the tag's. Empty when that model is not ready.
     */
    public List<TermWeight> explain(Paper paper, String tag, int max) {
        TrainedModel m = models.get(tag == null ? FOR_YOU : key(tag));
        return m == null ? List.of() : m.model().explain(text(paper), max);
    }

    static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    static String text(Paper p) {
        return p.title() + "\n" + p.abstractText();
    }
}
