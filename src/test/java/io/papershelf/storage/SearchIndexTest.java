package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @Test
    void everyWordBecomesAQuotedPrefixTerm() {
        assertThat(SearchIndex.toFtsQuery("Graph neural")).isEqualTo("\"graph\"* \"neural\"*");
        assertThat(SearchIndex.toFtsQuery("\"NEAR(a b)\" AND -x*")).isEqualTo("\"near\"* \"a\" \"b\" \"and\"* \"x\"");
        assertThat(SearchIndex.toFtsQuery("naïve 漢字")).isEqualTo("\"naïve\"* \"漢字\"*");
    }

    @Test
    void aWordOfOneAsciiLetterOrDigitMatchesOnlyItself() {
        assertThat(SearchIndex.toFtsQuery("t")).isEqualTo("\"t\"");
        assertThat(SearchIndex.toFtsQuery("R 4")).isEqualTo("\"r\" \"4\"");
        assertThat(SearchIndex.toFtsQuery("tr")).isEqualTo("\"tr\"*");
        assertThat(SearchIndex.toFtsQuery("é 学")).isEqualTo("\"é\"* \"学\"*");
    }

    @Test
    void nothingSearchableMeansNoTextCondition() {
        assertThat(SearchIndex.toFtsQuery("")).isNull();
        assertThat(SearchIndex.toFtsQuery("  \"()*- ")).isNull();
        assertThat(SearchIndex.toFtsQuery(null)).isNull();
    }

    @TempDir
    Path dir;

    @Test
    void newPapersAreIndexedWhetherTheirIdsRunOnOrNot() throws Exception {
        try (Database db = Database.open(dir.resolve("library.db"), Clock.systemUTC());
             Statement s = db.connection().createStatement()) {
            List<Long> ids = new ArrayList<>();
            for (long id : new long[] {3, 4, 5, 50, 52}) {
                ids.add(id);
            }
            for (long id = 100; id < 140; id++) {
                ids.add(id);
            }
            for (long id : ids) {
                s.execute("INSERT INTO papers (id, title, title_key, abstract, added_at, updated_at) VALUES (" + id
                        + ", 'Zebrafish " + id + "', 'zebrafish " + id + "', 'Neurons.', 'x', 'x')");
            }
            s.execute("INSERT INTO papers (id, title, title_key, added_at, updated_at) VALUES (60, 'Zebrafish "
                    + "not new', 'zebrafish not new', 'x', 'x')");
            new SearchIndex(db.connection()).index(ids);
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT rowid FROM paper_search WHERE paper_search MATCH 'zebrafish' "
                    + "ORDER BY rowid")) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            assertThat(found).isEqualTo(ids);
        }
    }
}
