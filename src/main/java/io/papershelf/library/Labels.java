package io.papershelf.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The positives of each model: papers read or tagged for "For you", a tag's papers for the tag; and tag names. */
record Labels(Map<String, List<Long>> positives, Map<String, String> tagNames) {

    static Labels of(RankingWork work) {
        Map<String, List<Long>> positives = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Long> any = new ArrayList<>(work.readIds);
        for (Map.Entry<String, List<Long>> e : work.tagged.entrySet()) {
            String key = Ranking.key(e.getKey());
            names.put(key, e.getKey());
            positives.merge(key, e.getValue(), (a, b) -> {
                List<Long> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
            any.addAll(e.getValue());
        }
        positives.replaceAll((k, ids) -> sortedDistinct(ids));
        positives.put(Ranking.FOR_YOU, sortedDistinct(any));
        return new Labels(positives, names);
    }

    private static List<Long> sortedDistinct(List<Long> ids) {
        long[] a = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<Long> out = new ArrayList<>(a.length);
        for (long id : a) {
            out.add(id);
        }
        return out;
    }

    /** The ranking for these scores: ready where a model scored the papers, cold start elsewhere. */
    Ranking ranking(ScoreTable scores, Map<String, TrainedModel> models) {
        Map<String, Scores> byTag = new HashMap<>();
        for (Map.Entry<String, String> e : tagNames.entrySet()) {
            byTag.put(e.getKey(), scoresOf(e.getKey(), "tagged \"" + e.getValue() + "\"", scores, models));
        }
        Map<String, TrainedModel> tagModels = new HashMap<>(models);
        return new Ranking(scoresOf(Ranking.FOR_YOU, "read or tagged", scores, models), byTag, tagModels, tagNames);
    }

    private Scores scoresOf(String key, String label, ScoreTable scores, Map<String, TrainedModel> models) {
        int n = positives.getOrDefault(key, List.of()).size();
        float[] values = scores.values(key);
        if (!models.containsKey(key) || values == null) {
            return Scores.cold(label, n);
        }
        return new Scores(Scores.State.READY, label, n, scores.ids(), values);
    }
}
