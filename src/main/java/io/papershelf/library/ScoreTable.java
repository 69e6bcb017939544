package io.papershelf.library;

import java.util.Arrays;
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
    static final ScoreTable NONE = empty(new long[0]);

    private final IdIndex ids;
    private final Map<String, float[]> byModel;

    private ScoreTable(IdIndex ids, Map<String, float[]> byModel) {
        this.ids = ids;
        this.byModel = byModel;
    }

    static ScoreTable empty(long[] ids) {
        return new ScoreTable(new IdIndex(ids), Map.of());
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

    /**
     * The same models over a changed set of papers ({@code newIds}, ascending): scores kept for papers whose text
     * did not change, computed from their counts for the new and changed ones; papers gone are dropped. One
     * merge of the two id lists, then a copy per model: milliseconds for a listing of 50 new papers.
     */
    ScoreTable carry(long[] newIds, Map<Long, TermRows.Counted> fresh, Map<String, TrainedModel> models) {
        int[] from = new int[newIds.length];
        long[] oldIds = ids.ids();
        int j = 0;
        for (int i = 0; i < newIds.length; i++) {
            while (j < oldIds.length && oldIds[j] < newIds[i]) {
                j++;
            }
            from[i] = j < oldIds.length && oldIds[j] == newIds[i] ? j : -1;
        }
        int[] freshAt = new int[fresh.size()];
        int[][] freshCounts = new int[fresh.size()][];
        int k = 0;
        for (Map.Entry<Long, TermRows.Counted> e : fresh.entrySet()) {
            int at = Arrays.binarySearch(newIds, e.getKey());
            if (at >= 0) {
                freshAt[k] = at;
                freshCounts[k++] = e.getValue().counts();
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (Map.Entry<String, TrainedModel> m : models.entrySet()) {
            float[] old = byModel.get(m.getKey());
            float[] now = new float[newIds.length];
            for (int i = 0; i < now.length; i++) {
                now[i] = from[i] >= 0 ? old[from[i]] : (float) m.getValue().model().score(new int[0]);
            }
            for (int f = 0; f < k; f++) {
                now[freshAt[f]] = (float) m.getValue().model().score(freshCounts[f]);
            }
            out.put(m.getKey(), now);
        }
        return new ScoreTable(new IdIndex(newIds), out);
    }

    /** Only the scores of these models. */
    ScoreTable keep(Set<String> keys) {
        Map<String, float[]> out = new HashMap<>(byModel);
        out.keySet().retainAll(keys);
        return new ScoreTable(ids, out);
    }

    /**
     * The same with the scores of {@code models} computed afresh from the term file, whose papers must be this
     * table's: one pass over the file, each paper weighed once per feature space.
     */
    ScoreTable withScored(TermRows rows, Map<String, TrainedModel> models) {
        if (models.isEmpty()) {
            return this;
        }
        Map<String, float[]> out = new HashMap<>(byModel);
        models.keySet().forEach(k -> out.put(k, new float[ids.size()]));
        Map<FeatureSpace, List<Map.Entry<String, TrainedModel>>> bySpace = new IdentityHashMap<>();
        for (Map.Entry<String, TrainedModel> e : models.entrySet()) {
            bySpace.computeIfAbsent(e.getValue().model().space(), s -> new java.util.ArrayList<>()).add(e);
        }
        rows.forEach((i, id, counts) -> {
            if (i >= ids.size() || ids.idAt(i) != id) {
                return; // the file and the table disagree: leave the score at 0 rather than misplace it
            }
            for (var group : bySpace.entrySet()) {
                SparseVector v = group.getKey().weigh(counts);
                for (Map.Entry<String, TrainedModel> m : group.getValue()) {
                    out.get(m.getKey())[i] = (float) m.getValue().model().score(v);
                }
            }
        });
        return new ScoreTable(ids, out);
    }
}
