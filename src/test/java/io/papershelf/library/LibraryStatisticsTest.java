package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestClock;
import io.papershelf.TestFiles;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import io.papershelf.model.ReadingStats;
import io.papershelf.model.ReadingStats.Count;

/**
 * Statistics from a real library file: the daily sample imported on Wednesday 20 May 2026 (ISO week 2026-W21),
 * papers read one and two weeks later, tags, one paper in the Trash; and the same numbers after a JSON restore.
 */
class LibraryStatisticsTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-05-20T08:00:00Z", "Europe/Berlin");

    private Library sample() throws Exception {
        Library library = Library.open(dir.resolve("library.db"), clock);
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        List<Long> ids = library.rows(PaperFilter.ALL).stream().map(PaperRow::id).toList();
        clock.set("2026-05-27T08:00:00Z");       // 7 days after
        library.setRead(ids.subList(0, 3), true);
        clock.set("2026-06-03T20:00:00Z");       // 14.5 days after
        library.setRead(ids.subList(3, 5), true);
        library.addTag(ids.subList(0, 4), "agents");
        library.addTag(ids.subList(4, 6), "vision");
        library.trash(List.of(ids.get(49)));
        clock.set("2026-06-10T12:00:00Z");       // Wednesday of 2026-W24
        return library;
    }

    @Test
    void countsWeeksBacklogTopListsAndMedianOfTheSample() throws Exception {
        try (Library library = sample()) {
            ReadingStats s = library.statistics(PaperFilter.ALL, 5);
            assertThat(s.papers()).isEqualTo(49);
            assertThat(s.read()).isEqualTo(5);
            assertThat(s.unread()).isEqualTo(44);
            assertThat(s.withCode()).isEqualTo(library.counts().withCode());
            assertThat(s.weeks()).extracting(ReadingStats.Week::label, ReadingStats.Week::added,
                    ReadingStats.Week::read, ReadingStats.Week::backlog).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2026-W20", 0, 0, 0),
                    org.assertj.core.groups.Tuple.tuple("2026-W21", 49, 0, 49),
                    org.assertj.core.groups.Tuple.tuple("2026-W22", 0, 3, 46),
                    org.assertj.core.groups.Tuple.tuple("2026-W23", 0, 2, 44),
                    org.assertj.core.groups.Tuple.tuple("2026-W24", 0, 0, 44));
            assertThat(s.tags()).containsExactly(new Count("agents", 4), new Count("vision", 2));
            assertThat(s.organizations()).containsExactly(new Count("KIG.LAND", 1), new Count("Microsoft Research", 1));
            assertThat(s.medianDaysToRead()).isEqualTo(7.0); // 7, 7, 7, 14.5, 14.5
        }
    }

    @Test
    void aFilterNarrowsEveryNumber() throws Exception {
        try (Library library = sample()) {
            ReadingStats agents = library.statistics(PaperFilter.ALL.withTag("agents"), 2);
            assertThat(agents.papers()).isEqualTo(4);
            assertThat(agents.read()).isEqualTo(4);
            assertThat(agents.tags()).containsExactly(new Count("agents", 4));
            assertThat(agents.medianDaysToRead()).isEqualTo(7.0); // 7, 7, 7, 14.5
            ReadingStats unread = library.statistics(PaperFilter.ALL.withReadState(ReadState.UNREAD), 2);
            assertThat(unread.papers()).isEqualTo(44);
            assertThat(unread.read()).isZero();
            assertThat(unread.medianDaysToRead()).isNull();
            assertThat(library.statistics(PaperFilter.ALL.withOrganization("Microsoft Research"), 1).papers())
                    .isEqualTo(1);
            assertThat(library.statistics(PaperFilter.ALL.withQuery("no-such-word-anywhere"), 1).papers()).isZero();
        }
    }

    @Test
    void aJsonRestoreKeepsWhenPapersWereAddedAndRead() throws Exception {
        Path json = dir.resolve("backup.json");
        ReadingStats before;
        try (Library library = sample()) {
            before = library.statistics(PaperFilter.ALL, 5);
            library.export(ExportFormat.JSON, null, json);
        }
        try (Library restored = Library.open(dir.resolve("restored.db"), clock)) {
            restored.importFiles(List.of(json), null);
            assertThat(restored.statistics(PaperFilter.ALL, 5)).isEqualTo(before);
        }
    }

    @Test
    void aPaperCountsInTheWeekItWasLastMarkedReadNotWhenMarkedReadAgain() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
            List<Long> ids = library.rows(PaperFilter.ALL).stream().map(PaperRow::id).toList();
            clock.set("2026-05-27T08:00:00Z"); // 2026-W22: both read
            library.setRead(ids.subList(0, 2), true);
            clock.set("2026-05-28T08:00:00Z"); // the first taken back
            library.setRead(ids.subList(0, 1), false);
            clock.set("2026-06-03T20:00:00Z"); // 2026-W23: the first read again; the second, already read, stays
            library.setRead(ids.subList(0, 2), true);
            assertThat(library.paper(ids.get(0)).orElseThrow().readAt()).isEqualTo(Instant.parse("2026-06-03T20:00:00Z"));
            assertThat(library.paper(ids.get(1)).orElseThrow().readAt()).isEqualTo(Instant.parse("2026-05-27T08:00:00Z"));
            ReadingStats s = library.statistics(PaperFilter.ALL, 2);
            assertThat(s.weeks()).extracting(ReadingStats.Week::label, ReadingStats.Week::read).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("2026-W22", 1), org.assertj.core.groups.Tuple.tuple("2026-W23", 1));
        }
    }
}
