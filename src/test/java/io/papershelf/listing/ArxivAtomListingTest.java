package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

class ArxivAtomListingTest {
    private static final LocalDate FALLBACK = LocalDate.of(2030, 1, 1);
    private final ArxivAtomListing reader = new ArxivAtomListing();

    private Listing fixture() throws ListingException {
        return reader.read(ListingSamples.text("arxiv-api-query.xml"), FALLBACK);
    }

    @Test
    void readsTheThreeEntriesAndTheFeedsDate() throws ListingException {
        Listing listing = fixture();

        assertThat(listing.format()).isEqualTo("arXiv API (Atom)");
        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(listing.entries()).extracting(ListingEntry::arxivId)
                .containsExactly("1706.03762", "2106.09685", "hep-ex/0307015");
        assertThat(listing.entries()).extracting(ListingEntry::line).containsExactly(10, 53, 100);
        assertThat(listing.skipped()).isEmpty();
    }

    @Test
    void entryFieldsComeOutWithVersionStrippedAndWhitespaceCollapsed() throws ListingException {
        ListingEntry attention = fixture().entries().get(0);

        assertThat(attention.title()).isEqualTo("Attention Is All You Need");
        assertThat(attention.abstractText()).isEqualTo("The dominant sequence transduction models are based on"
                + " complex recurrent or convolutional neural networks in an encoder-decoder configuration. The best"
                + " performing models also connect the encoder and decoder through an attention mechanism. We"
                + " propose a new simple network architecture, the Transformer, based solely on attention"
                + " mechanisms, dispensing with recurrence and convolutions entirely.");
        assertThat(attention.published().date()).isEqualTo(LocalDate.of(2017, 6, 12));
        assertThat(attention.authors()).hasSize(8).startsWith("Ashish Vaswani").endsWith("Illia Polosukhin");
        assertThat(attention.links())
                .containsExactly("http://arxiv.org/abs/1706.03762v7", "http://arxiv.org/pdf/1706.03762v7");
        assertThat(attention.suggestedTags()).containsExactly("cs.CL");
    }

    @Test
    void codeLinkInTheSummaryBecomesAGithubUrl() throws ListingException {
        ListingEntry lora = fixture().entries().get(1);

        assertThat(lora.title()).isEqualTo("LoRA: Low-Rank Adaptation of Large Language Models");
        assertThat(lora.published().date()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(lora.links()).containsExactly("http://arxiv.org/abs/2106.09685v2",
                "http://arxiv.org/pdf/2106.09685v2", "https://github.com/microsoft/LoRA");
        assertThat(lora.githubUrls()).containsExactly("https://github.com/microsoft/LoRA");
    }

    @Test
    void oldStyleEntryWithWrappedTitleAndOffsetTimestamp() throws ListingException {
        ListingEntry h1 = fixture().entries().get(2);

        assertThat(h1.title()).isEqualTo("Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA");
        assertThat(h1.authors()).containsExactly("H1 Collaboration");
        assertThat(h1.published().date()).isEqualTo(LocalDate.of(2003, 7, 7));
        assertThat(h1.links()).containsExactly("http://dx.doi.org/10.1140/epjc/s2003-01326-x",
                "http://arxiv.org/abs/hep-ex/0307015v1", "http://arxiv.org/pdf/hep-ex/0307015v1");
        assertThat(h1.suggestedTags()).containsExactly("hep-ex");
    }

    @Test
    void anErrorEntryOfTheApiIsSkippedWithItsReason() throws ListingException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title type="html">ArXiv Query: search_query=&amp;id_list=1234.1234</title>
                  <entry>
                    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234</id>
                    <title>Error</title>
                    <summary>incorrect id format for 1234.1234</summary>
                    <link href="http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234" rel="alternate"/>
                  </entry>
                </feed>
                """;

        Listing listing = reader.read(ListingText.of("error.xml", xml), FALLBACK);

        assertThat(listing.entries()).isEmpty();
        assertThat(listing.listingDate()).isEqualTo(FALLBACK);
        assertThat(listing.skipped())
                .containsExactly("line 4: the entry 'Error' is not an arXiv paper (incorrect id format for 1234.1234)");
    }

    @Test
    void truncatedXmlIsRefusedWithFileNameAndLine() {
        byte[] whole = ListingSamples.bytes("arxiv-api-query.xml");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read(ListingText.decode("cut.xml", cut), FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("cut.xml, line ")
                .hasMessageContaining("damaged or cut short")
                .satisfies(e -> assertThat(((ListingException) e).line()).isGreaterThan(1));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedBeforeParsing() throws ListingException {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE feed [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry>
                    <id>http://arxiv.org/abs/2410.05434v1</id>
                    <title>&secret;</title>
                  </entry>
                </feed>
                """;
        ListingText text = ListingText.decode("evil.xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(reader.accepts(text)).isTrue();
        assertThatThrownBy(() -> reader.read(text, FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("evil.xml, line 2: the XML declares a DOCTYPE");
    }

    @Test
    void theParserItselfRefusesDoctypesEvenWithoutTheEarlyCheck() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<feed>&secret;</feed>";
        var builder = SafeXml.factory().newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // fails on the fatal error, prints nothing

        assertThatThrownBy(() -> builder.parse(new InputSource(new StringReader(xxe))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void otherXmlIsNotAcceptedAndANonFeedRootIsRefused() {
        ListingText rss = ListingText.of("rss.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>");
        assertThat(reader.accepts(rss)).isFalse();

        ListingText notFeed = ListingText.of("odd.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></html>");
        assertThatThrownBy(() -> reader.read(notFeed, FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessage("odd.xml: the XML is not an Atom feed (its root is <html>).");
    }
}
