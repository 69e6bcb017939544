package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;

/** The row table answers as a {@code HashMap} of the same puts and removals would, whatever their order. */
class RowsByIdTest {
    private static PaperRow row(long id, int n) {
        return new PaperRow(id, "Paper " + id + " #" + n, null, "", null, PublishedDate.of(LocalDate.of(2026, 1, 1)),
                null, 0, false, false, false, List.of(), Instant.EPOCH);
    }

    private record Held(PaperRow row, long version) {
    }

    @Test
    void answersAsAMapOfTheSameChanges() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            // Few distinct ids in some runs (long probe chains, many removals of present ids), many in others.
            long span = seed % 2 == 0 ? 64 : 50_000;
            RowsById table = new RowsById();
            Map<Long, Held> expected = new HashMap<>();
            for (int step = 0; step < 20_000; step++) {
                long id = 1 + (long) (random.nextDouble() * span);
                if (random.nextInt(3) == 0) {
                    table.remove(id);
                    expected.remove(id);
                } else {
                    PaperRow r = row(id, step);
                    long version = random.nextInt(4);
                    table.put(r, version);
                    expected.put(id, new Held(r, version));
                }
                long probe = 1 + (long) (random.nextDouble() * span);
                Held held = expected.get(probe);
                assertThat(table.get(probe)).isSameAs(held == null ? null : held.row());
                long version = random.nextInt(4);
                assertThat(table.at(probe, version))
                        .isSameAs(held != null && held.version() == version ? held.row() : null);
            }
            assertThat(table.size()).isEqualTo(expected.size());
            for (Map.Entry<Long, Held> e : expected.entrySet()) {
                assertThat(table.at(e.getKey(), e.getValue().version())).isSameAs(e.getValue().row());
            }
        }
    }

    @Test
    void keepsEveryRowThroughGrowingAndRemoving() {
        RowsById table = new RowsById();
        for (long id = 1; id <= 120_000; id++) {
            table.put(row(id, 0), id % 7);
        }
        for (long id = 1; id <= 120_000; id += 2) {
            table.remove(id);
        }
        assertThat(table.size()).isEqualTo(60_000);
        for (long id = 1; id <= 120_000; id++) {
            PaperRow held = table.at(id, id % 7);
            if (id % 2 == 0) {
                assertThat(held).as("paper %d", id).isNotNull();
                assertThat(held.id()).isEqualTo(id);
                assertThat(table.at(id, id % 7 + 1)).as("paper %d at another version", id).isNull();
            } else {
                assertThat(held).as("removed paper %d", id).isNull();
            }
        }
    }
}
