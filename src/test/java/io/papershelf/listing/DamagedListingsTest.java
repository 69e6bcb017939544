package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.papershelf.model.Listing;

/**
 * Cut-short and re-saved copies of the samples: a reader either reads them or refuses them with a
 * {@link ListingException} naming the file, never with any other exception.
 */
class DamagedListingsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {"arxiv-list-cs-cl.txt", "arxiv-api-query.xml", "library-export.bib"})
    void everyTruncationIsReadOrRefusedWithTheFileName(String file) {
        byte[] whole = ListingSamples.bytes(file);
        for (int length = 1; length < whole.length; length += 7) {
            byte[] cut = Arrays.copyOf(whole, length);
            try {
                ListingFormat.standard().read("cut-" + file, cut, DATE);
            } catch (ListingException e) {
                assertThat(e.getMessage()).startsWith("cut-" + file);
            } catch (RuntimeException e) {
                fail("cutting " + file + " at byte " + length + " threw " + e, e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arxiv-list-cs-cl.txt", "arxiv-api-query.xml", "library-export.bib"})
    void windowsLineEndingsReadTheSame(String file) throws ListingException {
        String unix = new String(ListingSamples.bytes(file), StandardCharsets.UTF_8);
        byte[] windows = unix.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        Listing a = ListingFormat.standard().read(file, ListingSamples.bytes(file), DATE);
        Listing b = ListingFormat.standard().read(file, windows, DATE);

        assertThat(b.entries()).isEqualTo(a.entries());
    }
}
