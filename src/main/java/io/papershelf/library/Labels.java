package io.papershelf.library;

import java.util.HashMap;
import java.util.Map;

/**
 * The positives of each model (ids ascending): papers read or tagged for "For you", a tag's papers for the tag
 * (tags that differ only in case are one model); and the tags' names as the user spells them.
 */
record Labels(Map<String, long[]> positives, Map<String, String> tagNames) {

    static Labels of(PaperLabels labels) {
        Map<String, long[]> positives = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        long[] any = labels.read();
        for (Map.Entry<String, long[]> e : labels.tagged().entrySet()) {
            String key = Ranking.key(e.getKey());
            names.put(key, e.getKey());
            positives.merge(key, e.getValue(), PaperLabels::merge);
            any = PaperLabels.merge(any, e.getValue());
        }
        positives.put(Ranking.FOR_YOU, any);
        return new Labels(positives, names);
    }

    /**
     * The ranking for these scores: ready where a model scored every paper and its scores are kept, scoring where
     * only its standing is kept, cold start where there is no model.
     */
    Ranking ranking(ScoreTable scores, Map<String, TrainedModel> models) {
        Map<String, Scores> byTag = new HashMap<>();
        for (Map.Entry<String, String> e : tagNames.entrySet()) {
            byTag.put(e.getKey(), scoresOf(e.getKey(), "tagged \"" + e.getValue() + "\"", scores, models));
        }
        return new Ranking(scoresOf(Ranking.FOR_YOU, "read or tagged", scores, models), byTag, models, tagNames);
    }

    private Scores scoresOf(String key, String label, ScoreTable scores, Map<String, TrainedModel> models) {
        int n = positives.getOrDefault(key, new long[0]).length;
        Standing standing = scores.standing(key);
        if (!models.containsKey(key) || standing == null) {
            return Scores.cold(label, n);
        }
        ScoreColumn column = scores.column(key);
        return column == null ? Scores.scoring(label, n, scores.papers(), standing)
                : Scores.ready(label, n, scores.papers(), column, standing);
    }
}
