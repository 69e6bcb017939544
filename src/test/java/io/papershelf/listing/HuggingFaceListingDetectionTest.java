package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.papershelf.model.Listing;

/** Each sample goes to its own reader and no other; cut or re-ended copies never break a reader. */
class HuggingFaceListingDetectionTest {
    private static final LocalDate FALLBACK = LocalDate.of(2026, 6, 1);

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("trending-one-card.html", HuggingFaceHtmlListing.class, 1),
                Arguments.of("api-daily-papers.json", HuggingFaceApiJsonListing.class, 3),
                Arguments.of("daily-papers-clip.md", HuggingFaceMarkdownListing.class, 9),
                Arguments.of("papers-search-with-links-2026-03-25.txt", HuggingFaceLinksTextListing.class, 9),
                Arguments.of("daily-papers-search-2026-05-20.txt", HuggingFaceTextListing.class, 50));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void onlyItsOwnReaderAcceptsASample(String sample, Class<?> expected, int papers) throws Exception {
        ListingText text = ListingSamples.text(sample);
        List<ListingReader> accepting = ListingFormat.standard().readers().stream()
                .filter(r -> r.accepts(text)).toList();

        assertThat(accepting).singleElement().isInstanceOf(expected);
        assertThat(ListingFormat.standard().read(sample, ListingSamples.bytes(sample), FALLBACK).entries())
                .hasSize(papers);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void windowsLineEndingsReadTheSame(String sample, Class<?> expected, int papers) throws Exception {
        String crlf = ListingSamples.string(sample).replace("\n", "\r\n");
        Listing lf = ListingFormat.standard().read(sample, ListingSamples.bytes(sample), FALLBACK);
        Listing windows = ListingFormat.standard().read(sample, crlf.getBytes(StandardCharsets.UTF_8), FALLBACK);

        assertThat(windows.entries()).isEqualTo(lf.entries());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aCutCopyIsReadOrRefusedButNeverBreaksAReader(String sample, Class<?> expected, int papers) {
        byte[] whole = ListingSamples.bytes(sample);
        String text = new String(whole, StandardCharsets.UTF_8);
        for (int cut = 1; cut < text.length(); cut += Math.max(1, text.length() / 97)) {
            byte[] part = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            int at = cut;
            assertThatCode(() -> {
                try {
                    ListingFormat.standard().read(sample, part, FALLBACK);
                } catch (ListingException refused) {
                    assertThat(refused.getMessage()).as("cut at %d", at).startsWith(sample);
                }
            }).as("cut at %d", at).doesNotThrowAnyException();
        }
    }
}
