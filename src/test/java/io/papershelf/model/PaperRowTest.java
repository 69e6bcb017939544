package io.papershelf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "By" of a paper: the organisation, else the first author's family name, else a count. */
class PaperRowTest {
    @Test
    void namesBeatTheCountAndTheOrganisationBeatsBoth() {
        assertThat(PaperRow.byline(null, 4, 4, "Kaiming He")).isEqualTo("He et al.");
        assertThat(PaperRow.byline(null, null, 1, "Kaiming He")).isEqualTo("He");
        assertThat(PaperRow.byline(null, 25, 0, null)).isEqualTo("25 authors");
        assertThat(PaperRow.byline(null, 1, 0, null)).isEqualTo("1 author");
        assertThat(PaperRow.byline(null, null, 0, null)).isEmpty();
        assertThat(PaperRow.byline("Microsoft Research", 7, 7, "Kaiming He")).isEqualTo("Microsoft Research");
        assertThat(PaperRow.byline(null, 2, 2, "林秀贞")).isEqualTo("林秀贞 et al.");
    }
}
