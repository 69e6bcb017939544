package io.papershelf.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.ReadingStats;

class StatsTextTest {
    private static ReadingStats papers(int n, int read) {
        return new ReadingStats(n, read, 0, List.of(), List.of(), List.of(), null);
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertThat(StatsText.duration(null)).isEqualTo("–");
        assertThat(StatsText.duration(0.01)).isEqualTo("under an hour");
        assertThat(StatsText.duration(1 / 24.0)).isEqualTo("1 hour");
        assertThat(StatsText.duration(0.25)).isEqualTo("6 hours");
        assertThat(StatsText.duration(1.0)).isEqualTo("1 day");
        assertThat(StatsText.duration(1.5)).isEqualTo("1.5 days");
        assertThat(StatsText.duration(7.0)).isEqualTo("7 days");
        assertThat(StatsText.duration(20.6)).isEqualTo("21 days");
    }

    @Test
    void tooFewPapersGetASentence() {
        assertThat(StatsText.tooFew(papers(0, 0))).startsWith("No papers here yet.");
        assertThat(StatsText.tooFew(papers(1, 1))).isEqualTo("Only 1 paper so far, 1 read. The charts appear from 5 papers on.");
        assertThat(StatsText.tooFew(papers(5, 0))).isNull();
    }

    @Test
    void axesAndNames() {
        assertThat(StatsText.weekAxis(new ReadingStats.Week("2026-W01", LocalDate.of(2025, 12, 29), 0, 0, 0)))
                .isEqualTo("1");
        assertThat(StatsText.tickUnit(1)).isEqualTo(1);
        assertThat(StatsText.tickUnit(7)).isEqualTo(2);
        assertThat(StatsText.tickUnit(49)).isEqualTo(10);
        assertThat(StatsText.tickUnit(80_000)).isEqualTo(20_000);
        assertThat(StatsText.topWithHeadroom(50, 10)).isEqualTo(60);
        assertThat(StatsText.topWithHeadroom(48, 10)).isEqualTo(60);
        assertThat(StatsText.topWithHeadroom(44, 10)).isEqualTo(50);
        assertThat(StatsText.topWithHeadroom(0, 1)).isEqualTo(2);
        assertThat(StatsText.shortName("Massachusetts Institute of Technology", 20)).isEqualTo("Massachusetts Insti…");
        assertThat(StatsText.percent(1, 3)).isEqualTo("33%");
        assertThat(StatsText.percent(0, 0)).isEqualTo("0%");
    }
}
