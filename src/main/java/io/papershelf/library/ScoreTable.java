package io.papershelf.library;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.papershelf.ranking.FeatureSpace;
import io.papershelf.ranking.SparseVector;

/**
 * Every paper's score under every model, one {@code float} a paper and model (400 KB a model at 100,000
 * papers): what the window sorts and draws by. Immutable.
 */
final class ScoreTable {
    static final ScoreTable NONE = new ScoreTable(IdIndex.EMPTY, Map.of());

    private final IdIndex ids;
    private final Map<String, float[]> byModel;

    private ScoreTable(IdIndex ids, Map<String, float[]> byModel) {
        this.ids = ids;
        this.byModel = byModel;
    }

    IdIndex ids() {
        return ids;
    }

    float[] values(String key) {
        return byModel.get(key);
    }

    boolean covers(Set<String> keys) {
        return byModel.keySet().containsAll(keys);
    }

    /** Scores every paper of the term file under every model: one pass over the file. */
    static ScoreTable score(TermRows rows, TermRows.Index index, Map<String, TrainedModel> models) {
        Map<String, float[]> out = new HashMap<>();
        models.keySet().forEach(k -> out.put(k, new float[index.size()]));
        if (!models.isEmpty()) {
            Map<FeatureSpace, List<Map.Entry<String, TrainedModel>>> bySpace = groupBySpace(models);
            Map<FeatureSpace, int[]> dense = new IdentityHashMap<>();
            if (bySpace.size() <= 4) {
                bySpace.keySet().forEach(s -> dense.put(s, s.denseIndex()));
            }
            rows.forEach((i, id, counts) -> {
                for (var group : bySpace.entrySet()) {
                    SparseVector v = group.getKey().weigh(counts, dense.get(group.getKey()));
                    for (Map.Entry<String, TrainedModel> m : group.getValue()) {
                        out.get(m.getKey())[i] = (float) m.getValue().model().score(v);
                    }
                }
            });
        }
        return new ScoreTable(new IdIndex(index.ids()), out);
    }

    /**
     * The same models over a changed set of papers: scores kept for unchanged papers, computed for the new and
     * changed ones from their counts; papers gone are dropped. Milliseconds for a listing of 50 new papers.
     */
    ScoreTable update(TermRows.Index index, Map<Long, int[]> fresh, Map<String, TrainedModel> models) {
        Map<String, float[]> out = new HashMap<>();
        for (Map.Entry<String, TrainedModel> m : models.entrySet()) {
            float[] old = byModel.get(m.getKey());
            float[] now = new float[index.size()];
            for (int i = 0; i < now.length; i++) {
                long id = index.ids()[i];
                int[] counts = fresh.get(id);
                int j = ids.indexOf(id);
                now[i] = counts != null || j < 0
                        ? (float) m.getValue().model().score(counts == null ? new int[0] : counts) : old[j];
            }
            out.put(m.getKey(), now);
        }
        return new ScoreTable(new IdIndex(index.ids()), out);
    }

    private static Map<FeatureSpace, List<Map.Entry<String, TrainedModel>>> groupBySpace(Map<String, TrainedModel> models) {
        Map<FeatureSpace, List<Map.Entry<String, TrainedModel>>> out = new IdentityHashMap<>();
        for (Map.Entry<String, TrainedModel> e : models.entrySet()) {
            out.computeIfAbsent(e.getValue().model().space(), s -> new java.util.ArrayList<>()).add(e);
        }
        return out;
    }
}
