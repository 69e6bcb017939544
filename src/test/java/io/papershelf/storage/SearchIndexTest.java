package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
