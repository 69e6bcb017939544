package io.papershelf.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.LinearModel;
import io.papershelf.ranking.SparseVector;

/**
 * The models' scores of the library's papers. Every model scored has its {@link Standing} (where a score stands
 * among all papers: the bar, the tag suggestions); only the models whose every-paper scores are wanted (what the
 * window shows: the "For you" column and order, a tag's "More like this") keep a {@code float} a paper (400 KB a
 * model at 100,000 papers). Papers scored since the last pass over every paper lie in an {@link Overlay}, so a new
 * listing costs its own papers, not a copy of every score. Immutable.
 */
final class ScoreTable {
    static final ScoreTable NONE = new ScoreTable(IdIndex.EMPTY, Map.of(), Map.of(), Overlay.EMPTY, Map.of(), 0);
    /** Papers in the overlay beyond this: the next pass scores every paper of the wanted models afresh. */
    private static final int MAX_OVERLAY = 5_000;
    private static final int[] NO_TERMS = new int[0];

    private final IdIndex ids;
    private final Map<String, float[]> values;
    private final Map<String, Standing> standings;
    private final Overlay overlay;
    private final Map<String, float[]> added;
    private final int papers;

    private ScoreTable(IdIndex ids, Map<String, float[]> values, Map<String, Standing> standings, Overlay overlay,
                       Map<String, float[]> added, int papers) {
        this.ids = ids;
        this.values = values;
        this.standings = standings;
        this.overlay = overlay;
        this.added = added;
        this.papers = papers;
    }

    /** How many papers the scores are of. */
    int papers() {
        return papers;
    }

    /** Whether every one of these models has been scored (its standing known). */
    boolean standsFor(Set<String> keys) {
        return standings.keySet().containsAll(keys);
    }

    /** Where a model's scores stand; null when it was not scored. */
    Standing standing(String key) {
        return standings.get(key);
    }

    /** A model's score of every paper; null when they are not kept (not wanted) or it was not scored. */
    ScoreColumn column(String key) {
        float[] v = values.get(key);
        return v == null ? null : new ScoreColumn(ids, v, overlay, added.get(key));
    }

    /**
     * The same models over a changed set of papers ({@code newIds}, ascending): the papers new or with a new text
     * ({@code fresh}) scored and laid over the last pass, the papers gone marked so. One walk over the two id
     * lists, then each fresh paper weighed once per feature space: a listing of 50 papers costs about them, not the
     * library. The standings stay those of the last pass.
     */
    ScoreTable carry(long[] newIds, Map<Long, TermRows.Counted> fresh, Map<String, TrainedModel> models) {
        long[] base = ids.ids();
        LongStream.Builder gone = LongStream.builder();
        LongStream.Builder over = LongStream.builder();
        int j = 0;
        for (long id : newIds) {
            while (j < base.length && base[j] < id) {
                gone.add(base[j++]);
            }
            if (j < base.length && base[j] == id) {
                j++;
                if (fresh.containsKey(id)) {
                    over.add(id);
                }
            } else {
                over.add(id);
            }
        }
        while (j < base.length) {
            gone.add(base[j++]);
        }
        long[] overIds = over.build().toArray();
        Map<FeatureSpace, SparseVector[]> weighed = new IdentityHashMap<>();
        Map<String, float[]> now = new HashMap<>();
        for (Map.Entry<String, float[]> e : values.entrySet()) {
            TrainedModel m = models.get(e.getKey());
            if (m == null) {
                continue;
            }
            LinearModel model = m.model();
            SparseVector[] vectors = weighed.computeIfAbsent(model.space(), s -> new SparseVector[overIds.length]);
            float[] before = added.get(e.getKey());
            float[] v = new float[overIds.length];
            for (int i = 0; i < overIds.length; i++) {
                TermRows.Counted c = fresh.get(overIds[i]);
                int at = c == null ? overlay.added().indexOf(overIds[i]) : -1;
                if (at >= 0) {
                    v[i] = before[at];
                    continue;
                }
                if (vectors[i] == null) {
                    vectors[i] = model.space().weigh(c == null ? NO_TERMS : c.counts());
                }
                v[i] = (float) model.score(vectors[i]);
            }
            now.put(e.getKey(), v);
        }
        Overlay o = new Overlay(new IdIndex(overIds), new IdIndex(gone.build().toArray()));
        Map<String, float[]> kept = new HashMap<>(values);
        kept.keySet().retainAll(now.keySet());
        return new ScoreTable(ids, kept, standings, o, now, newIds.length);
    }

    /**
     * The scores of {@code models} (only those; others are dropped) over the papers {@code paperIds}, with a pass
     * over the term file (whose papers they must be) when one is needed: for the models {@code retrained}, those
     * not scored yet, and those {@link #wanted} without their every-paper scores. A pass also merges the overlay,
     * when there is one, by scoring the wanted models afresh. Each paper is weighed once per feature space.
     */
    ScoreTable score(TermRows rows, long[] paperIds, Map<String, TrainedModel> models, Set<String> retrained,
                     Predicate<String> wanted) {
        boolean flat = overlay.isEmpty() && Arrays.equals(ids.ids(), paperIds);
        boolean pass = false;
        for (String k : models.keySet()) {
            pass |= retrained.contains(k) || !standings.containsKey(k) || wanted.test(k) && !values.containsKey(k);
        }
        boolean merge = pass && !flat || overlay.size() > MAX_OVERLAY;
        if (!pass && !merge) {
            return kept(models.keySet(), wanted, paperIds.length);
        }
        IdIndex index = merge ? new IdIndex(paperIds) : ids;
        Map<String, TrainedModel> toScore = new HashMap<>();
        Map<String, float[]> outValues = new HashMap<>();
        Map<String, Standing> outStandings = new HashMap<>();
        models.forEach((k, m) -> {
            boolean want = wanted.test(k);
            if (retrained.contains(k) || !standings.containsKey(k) || want && (merge || !values.containsKey(k))) {
                toScore.put(k, m);
                if (want) {
                    outValues.put(k, new float[index.size()]);
                }
            } else {
                outStandings.put(k, standings.get(k));
                if (want) {
                    outValues.put(k, values.get(k));
                }
            }
        });
        outStandings.putAll(pass(rows, index, toScore, outValues));
        return new ScoreTable(index, outValues, outStandings, Overlay.EMPTY, Map.of(), paperIds.length);
    }

    /** Only these models, and the every-paper scores of the wanted ones. */
    private ScoreTable kept(Set<String> keys, Predicate<String> wanted, int papersNow) {
        Map<String, float[]> v = new HashMap<>(values);
        v.keySet().removeIf(k -> !keys.contains(k) || !wanted.test(k));
        Map<String, Standing> s = new HashMap<>(standings);
        s.keySet().retainAll(keys);
        Map<String, float[]> a = new HashMap<>(added);
        a.keySet().retainAll(v.keySet());
        return new ScoreTable(ids, v, s, overlay, a, papersNow);
    }

    /** One pass over the term file: each model's standing, and its every-paper scores where {@code into} has room. */
    private static Map<String, Standing> pass(TermRows rows, IdIndex index, Map<String, TrainedModel> models,
                                              Map<String, float[]> into) {
        int step = Standing.step(index.size());
        int samples = (index.size() + step - 1) / step;
        Map<String, float[]> sample = new HashMap<>();
        models.keySet().forEach(k -> sample.put(k, new float[samples]));
        Map<FeatureSpace, List<Map.Entry<String, TrainedModel>>> bySpace = new IdentityHashMap<>();
        for (Map.Entry<String, TrainedModel> e : models.entrySet()) {
            bySpace.computeIfAbsent(e.getValue().model().space(), s -> new ArrayList<>()).add(e);
        }
        int[] taken = {0};
        Map<FeatureSpace, SparseVector> buffers = new IdentityHashMap<>();
        rows.forEach((i, id, counts, n) -> {
            if (i >= index.size() || index.idAt(i) != id) {
                return; // the file and the table disagree: no score rather than a misplaced one
            }
            boolean sampled = i % step == 0 && taken[0] < samples;
            for (var group : bySpace.entrySet()) {
                SparseVector v = group.getKey().weigh(counts, n, buffers.get(group.getKey()));
                buffers.put(group.getKey(), v);
                for (Map.Entry<String, TrainedModel> m : group.getValue()) {
                    float s = (float) m.getValue().model().score(v);
                    float[] all = into.get(m.getKey());
                    if (all != null) {
                        all[i] = s;
                    }
                    if (sampled) {
                        sample.get(m.getKey())[taken[0]] = s;
                    }
                }
            }
            taken[0] += sampled ? 1 : 0;
        });
        Map<String, Standing> out = new HashMap<>();
        sample.forEach((k, s) -> out.put(k, Standing.of(s, taken[0])));
        return out;
    }
}
