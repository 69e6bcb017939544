package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.TestClock;
import io.papershelf.model.ReadingStats;
import io.papershelf.model.ReadingStats.Week;
import io.papershelf.storage.StatsQuery;
import io.papershelf.storage.StatsQuery.Added;
import io.papershelf.storage.StatsQuery.Read;

/** The statistics from given facts and a fixed clock, exactly: weeks in local time across the change of year. */
class ReadingStatisticsTest {
    /** Wednesday 7 January 2026, 11:00 in Berlin: ISO week 2026-W02, whose year began on Monday 29 December 2025. */
    private static final TestClock CLOCK = new TestClock("2026-01-07T10:00:00Z", "Europe/Berlin");

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    private static final StatsQuery.Facts FACTS = new StatsQuery.Facts(10, 5, 3,
            List.of(new Added(at("2025-12-01T10:00:00Z"), 5),      // before the four weeks shown
                    new Added(at("2025-12-16T08:00:00Z"), 3),      // 2025-W51
                    new Added(at("2025-12-28T23:30:00Z"), 2)),     // Sunday in UTC, Monday 00:30 in Berlin: 2026-W01
            List.of(new Read(at("2025-12-01T10:00:00Z"), at("2025-12-10T10:00:00Z"), 1),  // 9 days, before
                    new Read(at("2025-12-16T08:00:00Z"), at("2025-12-17T20:00:00Z"), 2),  // 1.5 days, W51
                    new Read(at("2025-12-28T23:30:00Z"), at("2026-01-06T11:30:00Z"), 1)), // 8.5 days, 2026-W02
            List.of(new ReadingStats.Count("Microsoft Research", 2)),
            List.of(new ReadingStats.Count("agents", 4)));

    @Test
    void weeksRunOldestFirstInLocalTimeWithEmptyWeeksAcrossTheNewYear() {
        ReadingStats s = new ReadingStatistics(CLOCK).compute(FACTS, 4);
        assertThat(s.weeks()).containsExactly(
                new Week("2025-W51", LocalDate.of(2025, 12, 15), 3, 2, 5),
                new Week("2025-W52", LocalDate.of(2025, 12, 22), 0, 0, 5),
                new Week("2026-W01", LocalDate.of(2025, 12, 29), 2, 0, 7),
                new Week("2026-W02", LocalDate.of(2026, 1, 5), 0, 1, 6));
        assertThat(s.papers()).isEqualTo(10);
        assertThat(s.read()).isEqualTo(5);
        assertThat(s.unread()).isEqualTo(5);
        assertThat(s.withCode()).isEqualTo(3);
        assertThat(s.organizations()).containsExactly(new ReadingStats.Count("Microsoft Research", 2));
        assertThat(s.tags()).containsExactly(new ReadingStats.Count("agents", 4));
        // 1.5, 1.5, 8.5, 9: the two in the middle
        assertThat(s.medianDaysToRead()).isEqualTo(5.0);
    }

    @Test
    void inUtcTheSamePaperIsAddedOnSundayOfTheWeekBefore() {
        ReadingStats s = new ReadingStatistics(new TestClock("2026-01-07T10:00:00Z", "UTC")).compute(FACTS, 4);
        assertThat(s.weeks()).extracting(Week::label, Week::added, Week::read).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2025-W51", 3, 2),
                org.assertj.core.groups.Tuple.tuple("2025-W52", 2, 0),
                org.assertj.core.groups.Tuple.tuple("2026-W01", 0, 0),
                org.assertj.core.groups.Tuple.tuple("2026-W02", 0, 1));
    }

    @Test
    void oneWeekIsTheCurrentOneAndTheBacklogStartsFromEverythingBefore() {
        ReadingStats s = new ReadingStatistics(CLOCK).compute(FACTS, 1);
        assertThat(s.weeks()).containsExactly(new Week("2026-W02", LocalDate.of(2026, 1, 5), 0, 1, 6));
        assertThatThrownBy(() -> new ReadingStatistics(CLOCK).compute(FACTS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyLibraryHasEmptyWeeksAndNoMedian() {
        ReadingStats s = new ReadingStatistics(CLOCK).compute(
                new StatsQuery.Facts(0, 0, 0, List.of(), List.of(), List.of(), List.of()), 3);
        assertThat(s.weeks()).extracting(Week::label).containsExactly("2025-W52", "2026-W01", "2026-W02");
        assertThat(s.weeks()).allMatch(w -> w.added() == 0 && w.read() == 0 && w.backlog() == 0);
        assertThat(s.medianDaysToRead()).isNull();
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleAndAReadBeforeItWasAddedCountsAsAtOnce() {
        assertThat(ReadingStatistics.medianDaysToRead(List.of(
                new Read(at("2026-01-02T00:00:00Z"), at("2026-01-01T00:00:00Z"), 1),   // -1 day: 0
                new Read(at("2026-01-01T00:00:00Z"), at("2026-01-01T06:00:00Z"), 1),   // 0.25
                new Read(at("2026-01-01T00:00:00Z"), at("2026-01-04T00:00:00Z"), 1)))) // 3
                .isEqualTo(0.25);
    }

    @Test
    void aPaperReadBeforeItWasAddedCountsAsReadWhenAddedSoTheBacklogNeverGoesBelowZero() {
        StatsQuery.Facts restored = new StatsQuery.Facts(3, 2, 0,
                List.of(new Added(at("2026-01-06T09:00:00Z"), 3)),                           // restored this week
                List.of(new Read(at("2026-01-06T09:00:00Z"), at("2025-05-22T10:00:00Z"), 2)), // read months before
                List.of(), List.of());
        ReadingStats s = new ReadingStatistics(CLOCK).compute(restored, 2);
        assertThat(s.weeks()).containsExactly(
                new Week("2026-W01", LocalDate.of(2025, 12, 29), 0, 0, 0),
                new Week("2026-W02", LocalDate.of(2026, 1, 5), 3, 2, 1));
        assertThat(s.medianDaysToRead()).isEqualTo(0.0);
    }

    @Test
    void weekLabelsUseTheIsoWeekBasedYear() {
        assertThat(ReadingStatistics.label(LocalDate.of(2026, 12, 31))).isEqualTo("2026-W53");
        assertThat(ReadingStatistics.label(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
        assertThat(ReadingStatistics.label(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
        assertThat(ReadingStatistics.label(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }
}
