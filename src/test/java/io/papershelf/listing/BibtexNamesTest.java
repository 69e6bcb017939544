package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BibtexNamesTest {

    @Test
    void lastCommaFirstIsTurnedRound() {
        assertThat(BibtexNames.parse("Vaswani, Ashish and Gomez, Aidan N."))
                .containsExactly("Ashish Vaswani", "Aidan N. Gomez");
    }

    @Test
    void cjkLastCommaFirstKeepsItsOrderWithoutASpace() {
        assertThat(BibtexNames.parse("林, 秀贞 and 김, 민준 and 山田, 太郎 and Zhang, Hang"))
                .containsExactly("林秀贞", "김민준", "山田太郎", "Hang Zhang");
    }

    @Test
    void firstLastStaysAndNewlinesInsideTheFieldAreSpaces() {
        assertThat(BibtexNames.parse("Edward J. Hu and\n    Yelong   Shen")).containsExactly("Edward J. Hu", "Yelong Shen");
    }

    @Test
    void bracedNameIsOneOrganisationEvenWithAndOrComma() {
        assertThat(BibtexNames.parse("{Google DeepMind} and {Barnes and Noble, Inc.}"))
                .containsExactly("Google DeepMind", "Barnes and Noble, Inc.");
    }

    @Test
    void juniorPartAndOthers() {
        assertThat(BibtexNames.parse("King, Jr, Martin Luther and Sch{\\\"o}lkopf, Bernhard and others"))
                .containsExactly("Martin Luther King Jr", "Bernhard Schölkopf");
    }

    @Test
    void theWordAndInsideANameIsNoSeparator() {
        assertThat(BibtexNames.parse("Anderson, Sandy and Alexander Band")).containsExactly("Sandy Anderson", "Alexander Band");
    }

    @Test
    void emptyFieldHasNoNames() {
        assertThat(BibtexNames.parse("  ")).isEmpty();
    }
}
