package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;

class ScoresTest {
    private static PaperRow row(long id, Integer upvotes, int day) {
        return new PaperRow(id, "Paper " + id, null, "", null, PublishedDate.of(LocalDate.of(2026, 1, 1).plusDays(day)),
                upvotes, 0, false, false, false, List.of(), Instant.EPOCH);
    }

    @Test
    void sortAndOrderAgreeWithTiesByUpvotesThenDateAndUnknownPapersLast() {
        Random r = new Random(3);
        long[] ids = new long[500];
        float[] values = new float[500];
        List<PaperRow> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 10 + 2L * i;
            values[i] = r.nextInt(20) - 10 + (r.nextBoolean() ? -0.0f : 0.5f); // many ties, negative zero too
            rows.add(row(ids[i], r.nextInt(4) == 0 ? null : r.nextInt(50), r.nextInt(30)));
        }
        rows.add(row(7, 999, 1)); // no score: last whatever its upvotes
        Scores s = Scores.of("read or tagged", 5, ids, values);

        List<PaperRow> byComparator = new ArrayList<>(rows);
        byComparator.sort(s.order());
        assertThat(s.sort(rows)).containsExactlyElementsOf(byComparator);
        assertThat(byComparator.get(byComparator.size() - 1).id()).isEqualTo(7);
        assertThat(s.score(ids[0])).hasValue(values[0]);
        assertThat(s.bar(7)).isNaN();
        double best = s.bar(byComparator.get(0).id());
        assertThat(best).isEqualTo(1.0);
        assertThat(s.bar(byComparator.get(499).id())).isLessThan(0.1);
    }

    @Test
    void withoutScoresOrdersByUpvotesThenNewestFirst() {
        Scores cold = Scores.cold("read or tagged", 2);
        List<PaperRow> rows = List.of(row(1, 5, 1), row(2, null, 9), row(3, 5, 3), row(4, 8, 0));
        assertThat(cold.sort(rows)).extracting(PaperRow::id).containsExactly(4L, 3L, 1L, 2L);
        assertThat(cold.message()).isEqualTo(
                "Not enough to learn from yet: 2 of 5 papers read or tagged; ordered by upvotes, then date.");
    }
}
