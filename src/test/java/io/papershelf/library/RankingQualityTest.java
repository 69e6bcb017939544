package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quality floor, not a time: the held-out AUC and precision@10 of docs/ranking.md must not fall below what is
 * reported there (less a hair for floating point), and on the topical tags the model must beat the bm25
 * baseline. Lower these numbers only together with the table in docs/ranking.md, and say why.
 */
class RankingQualityTest {
    @TempDir
    Path dir;

    /** tag -> {AUC, precision@10} as reported in docs/ranking.md. */
    private static final Map<String, double[]> REPORTED = Map.of(
            "cs.AI", new double[] {0.748, 0.58},
            "cs.CL", new double[] {0.767, 0.36},
            "cs.CV", new double[] {0.958, 0.84},
            "cs.HC", new double[] {0.988, 0.88},
            "cs.LG", new double[] {0.668, 0.32},
            "cs.RO", new double[] {0.842, 0.64});

    @Test
    void heldOutQualityStaysAtLeastWhatDocsRankingMdReports() throws Exception {
        Map<String, RankingEvaluation.Row> rows = RankingEvaluation.run(dir);

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(REPORTED.keySet());
        for (RankingEvaluation.Row r : rows.values()) {
            double[] floor = REPORTED.get(r.tag());
            assertThat(r.auc()).as(r.tag() + " AUC").isGreaterThanOrEqualTo(floor[0] - 0.0015);
            assertThat(r.p10()).as(r.tag() + " precision@10").isGreaterThanOrEqualTo(floor[1] - 0.005);
        }
        for (String topical : new String[] {"cs.CV", "cs.HC", "cs.RO"}) {
            RankingEvaluation.Row r = rows.get(topical);
            assertThat(r.auc()).as(topical + " model against bm25").isGreaterThan(r.bm25Auc());
            assertThat(r.p10()).as(topical + " model against bm25").isGreaterThan(r.bm25P10());
        }
        assertThat(rows.get("cs.CV").auc()).isGreaterThanOrEqualTo(0.94);
        assertThat(rows.get("cs.HC").auc()).isGreaterThanOrEqualTo(0.94);
    }
}
