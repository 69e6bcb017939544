package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.TestClock;
import io.papershelf.TestFiles;
import io.papershelf.library.Library;

/** {@code stats}: the JSON keys of the issue, weeks oldest first with the empty ones, and an aligned table. */
class StatsCommandTest {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock("2026-05-20T10:00:00Z", "UTC");

    private CliRun run(String... args) {
        return CliRun.of(dir.resolve("library.db"), dir.resolve("data"), clock, args);
    }


    /** The sample imported on Wednesday 20 May 2026 (2026-W21); three papers read a day and a half later. */
    private void sample() throws Exception {
        assertThat(run("import", "--listing-date", "2026-05-20", TestFiles.copy(TestFiles.DAILY, dir).toString()).code())
                .isZero();
        clock.set("2026-05-21T22:00:00Z");
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            List<Long> ids = library.papers().stream().limit(3).map(p -> p.id()).toList();
            library.setRead(ids, true);
            library.addTag(ids.subList(0, 2), "agents");
        }
        clock.set("2026-06-02T09:00:00Z"); // Tuesday of 2026-W23
    }

    @Test
    void jsonHasTheKeysOfTheIssueAndEveryWeek() throws Exception {
        sample();
        CliRun r = run("stats", "--weeks", "4", "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("{\"papers\":50,\"read\":3,\"unread\":47,\"withCode\":10,"
                + "\"weeks\":[{\"week\":\"2026-W20\",\"added\":0,\"read\":0},{\"week\":\"2026-W21\",\"added\":50,\"read\":3},"
                + "{\"week\":\"2026-W22\",\"added\":0,\"read\":0},{\"week\":\"2026-W23\",\"added\":0,\"read\":0}],"
                + "\"organizations\":[{\"name\":\"KIG.LAND\",\"papers\":1},{\"name\":\"Microsoft Research\",\"papers\":1}],"
                + "\"tags\":[{\"name\":\"agents\",\"papers\":2}],\"medianDaysToRead\":1.5}\n");
        JsonNode twentySix = new ObjectMapper().readTree(run("stats", "--json").out());
        assertThat(twentySix.path("weeks")).hasSize(26);
        assertThat(twentySix.path("weeks").get(0).path("week").asText()).isEqualTo("2025-W50");
        assertThat(twentySix.path("weeks").get(25).path("week").asText()).isEqualTo("2026-W23");
    }

    @Test
    void thePlainTableIsAligned() throws Exception {
        sample();
        CliRun r = run("stats", "--weeks", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                Papers                 50
                Read                   3 (6%)
                Unread                 47 (94%)
                With code              10 (20%)
                Median days to read    1.5

                Week         Added    Read   Backlog
                2026-W21        50       3        47
                2026-W22         0       0        47
                2026-W23         0       0        47

                Organisations
                  KIG.LAND                1
                  Microsoft Research      1

                Tags
                  agents      2
                """);
    }

    @Test
    void anEmptyLibraryHasZerosAndNoMedianAndABadWeekCountIsAUsageError() {
        CliRun r = run("stats", "--json", "--weeks", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("{\"papers\":0,\"read\":0,\"unread\":0,\"withCode\":0,"
                + "\"weeks\":[{\"week\":\"2026-W21\",\"added\":0,\"read\":0}],\"organizations\":[],\"tags\":[],"
                + "\"medianDaysToRead\":null}\n");
        CliRun bad = run("stats", "--weeks", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("--weeks must be a whole number from 1 to 520, not 0.");
    }
}
