package io.papershelf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class PublishedDateTest {

    @Test
    void printsAtItsOwnPrecisionEverywhere() {
        assertThat(PublishedDate.parse("2001").iso()).isEqualTo("2001");
        assertThat(PublishedDate.parse("2001-03").iso()).isEqualTo("2001-03");
        assertThat(PublishedDate.parse("2001-03-15").iso()).isEqualTo("2001-03-15");
        assertThat(PublishedDate.parse("2001").display()).isEqualTo("2001");
        assertThat(PublishedDate.parse("2001-03").display()).isEqualTo("Mar 2001");
        assertThat(PublishedDate.parse("2001-03-15").display()).isEqualTo("15 Mar 2001");
        assertThat(PublishedDate.parse(" ")).isNull();
        assertThatThrownBy(() -> PublishedDate.parse("2001-13")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aDayIsFinerThanAMonthIsFinerThanAYearAndSortingPutsCoarseFirst() {
        PublishedDate year = PublishedDate.ofYear(2001);
        PublishedDate month = PublishedDate.ofMonth(2001, 1);
        PublishedDate day = PublishedDate.of(LocalDate.of(2001, 1, 1));
        assertThat(day.finerThan(month)).isTrue();
        assertThat(month.finerThan(year)).isTrue();
        assertThat(year.finerThan(day)).isFalse();
        assertThat(year).isNotEqualTo(day).isLessThan(month);
        assertThat(month).isLessThan(day);
    }

    @Test
    void sameLinksAreOneLink() {
        assertThat(LinkKey.union(
                java.util.List.of("http://arxiv.org/abs/2106.09685v2", "http://example.org/a/", "http://dx.doi.org/10.1109/X.1"),
                java.util.List.of("https://arxiv.org/pdf/2106.09685.pdf", "https://www.example.org/a",
                        "https://doi.org/10.1109/x.1", "https://github.com/microsoft/LoRA")))
                .containsExactly("https://arxiv.org/pdf/2106.09685.pdf", "https://www.example.org/a",
                        "https://doi.org/10.1109/x.1", "https://github.com/microsoft/LoRA");
        assertThat(Doi.normalise("https://doi.org/10.1109/X.1")).isEqualTo("10.1109/X.1");
        assertThat(Doi.normalise("not a doi")).isNull();
        assertThat(Doi.isArxiv("10.48550/arXiv.2106.09685")).isTrue();
    }
}
