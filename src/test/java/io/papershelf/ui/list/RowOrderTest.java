package io.papershelf.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import io.papershelf.model.PublishedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.papershelf.model.PaperRow;

/** Every column sorts papers without a value last, whichever way it is turned. */
class RowOrderTest {
    private static final Instant ADDED = Instant.parse("2026-05-21T09:00:00Z");

    private static PaperRow row(long id, String byline, PublishedDate published, Integer upvotes, int comments,
                                List<String> tags, boolean note) {
        return new PaperRow(id, "Paper " + id, null, byline, null, published, upvotes, comments, false, false, note, tags, ADDED);
    }

    /** Two papers with a value (low, high) and two without, shuffled. */
    private static final List<PaperRow> ROWS = List.of(
            row(1, "", null, null, 0, List.of(), false),
            row(2, "Zhang et al.", PublishedDate.of(2025, 3, 1), 292, 7, List.of("vision"), true),
            row(3, "", null, null, 0, List.of(), false),
            row(4, "Anthropic", PublishedDate.of(2017, 5, 24), 1, 2, List.of("agents"), true));

    private static List<Long> sorted(RowOrder.Order order, boolean descending) {
        List<PaperRow> copy = new ArrayList<>(ROWS);
        copy.sort(order.get(descending));
        return copy.stream().map(PaperRow::id).toList();
    }

    @Test
    void papersWithoutAValueComeLastInBothDirections() {
        Map<String, RowOrder.Order> columns = Map.of("byline", RowOrder.BYLINE, "published", RowOrder.PUBLISHED,
                "upvotes", RowOrder.UPVOTES, "comments", RowOrder.COMMENTS, "tags", RowOrder.TAGS);
        columns.forEach((name, order) -> {
            assertThat(sorted(order, false)).as(name + " ascending").containsExactly(4L, 2L, 1L, 3L);
            assertThat(sorted(order, true)).as(name + " descending").containsExactly(2L, 4L, 1L, 3L);
        });
        // Marks have no order among themselves: the marked papers first, in both directions.
        assertThat(sorted(RowOrder.MARKS, false)).containsExactly(2L, 4L, 1L, 3L);
        assertThat(sorted(RowOrder.MARKS, true)).containsExactly(2L, 4L, 1L, 3L);
    }

    @Test
    void titlesAndReadStateHaveAValueForEveryPaper() {
        assertThat(sorted(RowOrder.TITLE, false)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(sorted(RowOrder.TITLE, true)).containsExactly(4L, 3L, 2L, 1L);
    }
}
