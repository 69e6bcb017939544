package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.papershelf.model.Listing;

/** Each sample goes to its own reader through {@link ListingFormat#standard()}, judged by content alone. */
class ListingFormatDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "arxiv-list-cs-cl.txt, ArxivTextListing, 6",
        "arxiv-api-query.xml, ArxivAtomListing, 3",
        "library-export.bib, BibtexListing, 6",
        "daily-papers-search-2026-05-20.txt, HuggingFaceTextListing, 50",
    })
    void picksTheReaderByContent(String file, String reader, int papers) throws ListingException {
        ListingFormat formats = ListingFormat.standard();

        assertThat(formats.detect(ListingSamples.text(file)).getClass().getSimpleName()).isEqualTo(reader);
        Listing listing = formats.read(file, ListingSamples.bytes(file), LocalDate.of(2026, 5, 20));
        assertThat(listing.entries()).hasSize(papers);
    }

    @ParameterizedTest
    @CsvSource({
        "arxiv-list-cs-cl.txt, ArxivTextListing",
        "arxiv-api-query.xml, ArxivAtomListing",
        "library-export.bib, BibtexListing",
    })
    void theFileNameDoesNotMatter(String file, String reader) throws ListingException {
        ListingText renamed = ListingText.decode("download (3).dat", ListingSamples.bytes(file));

        assertThat(ListingFormat.standard().detect(renamed).getClass().getSimpleName()).isEqualTo(reader);
    }

    @ParameterizedTest
    @CsvSource({
        "daily-papers-search-2026-05-20.txt",
        "papers-search-with-links-2026-03-25.txt",
        "trending-one-card.html",
    })
    void theArxivAndBibtexReadersLeaveHuggingFacePagesAlone(String file) throws ListingException {
        ListingText text = ListingSamples.text(file);

        assertThat(new ArxivAtomListing().accepts(text)).isFalse();
        assertThat(new BibtexListing().accepts(text)).isFalse();
        assertThat(new ArxivTextListing().accepts(text)).isFalse();
    }
}
