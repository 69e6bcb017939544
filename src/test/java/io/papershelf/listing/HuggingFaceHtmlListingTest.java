package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

class HuggingFaceHtmlListingTest {
    private static final String SAMPLE = "trending-one-card.html";
    private static final LocalDate SAVED = LocalDate.of(2026, 9, 20);
    private final HuggingFaceHtmlListing reader = new HuggingFaceHtmlListing();

    @Test
    void readsTheRealCardFromTheEmbeddedProps() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), SAVED);

        assertThat(listing.format()).isEqualTo("Hugging Face HTML page");
        // The listing's date is the day its cards carry (the card's publishedAt), not the file's.
        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(listing.skipped()).isEmpty();
        assertThat(listing.entries()).hasSize(1);
        ListingEntry e = listing.entries().get(0);
        assertThat(e.title()).isEqualTo(
                "The Other Half of the Memory Wall: Serving 35B MoEs from SSD with Trained Routing Prediction");
        assertThat(e.arxivId()).isEqualTo("2609.18063");
        assertThat(e.upvotes()).isEqualTo(25);
        assertThat(e.comments()).isEqualTo(4);
        // paper.publishedAt (2026-09-16), not the card's own publishedAt (2026-09-15T20:00Z).
        assertThat(e.published().date()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(e.authors()).containsExactly("Yu Lin", "Yiming Wang", "Runyuan Cai", "Hanze Liu", "Xiaodong Zeng");
        assertThat(e.authorCount()).isEqualTo(5);
        assertThat(e.organization()).isEqualTo(new Organization("Edge0", "Edge0"));
        assertThat(e.githubUrls()).containsExactly("https://github.com/Edge0-AI/edge0");
        assertThat(e.links()).containsExactly("https://github.com/Edge0-AI/edge0");
        assertThat(e.githubStars()).isEqualTo(3293);
        assertThat(e.projectPage()).isNull();
        assertThat(e.suggestedTags()).isEmpty();
        assertThat(e.line()).isEqualTo(3);
        // The summary's "\n  " is one space.
        assertThat(e.abstractText())
                .startsWith("Mixture-of-experts (MoE) inference on consumer hardware is bounded by weight memory:")
                .contains("On a single 24GB machine, Edge0 serves a 35B MoE at 20tok/s")
                .endsWith("checkpoints, and adapters are open source.")
                .doesNotContain("\n", "  ");
    }

    @Test
    void detectionPicksTheHtmlReader() throws Exception {
        ListingReader detected = ListingFormat.standard().detect(ListingSamples.text(SAMPLE));

        assertThat(detected).isInstanceOf(HuggingFaceHtmlListing.class);
        assertThat(new HuggingFaceTextListing().accepts(ListingSamples.text(SAMPLE))).isFalse();
    }

    @Test
    void readsAPapersArrayUnderAnotherPapersTarget() throws Exception {
        String json = """
                {"query":"bash","papers":[
                  {"id":"2502.06858","title":"LLM-Supported Natural Language to Bash Translation",
                   "summary":"Our code is available at https://github.com/westenfelder/NL2SH",
                   "publishedAt":"2025-02-07T00:00:00.000Z","upvotes":0,
                   "authors":[{"name":"Finnian Westenfelder"},{"name":"Erik Hemberg"}]}]}""";
        ListingText page = page("DailyPapersSearch", json);

        Listing listing = ListingFormat.standard().read(page.fileName(), page.text().getBytes(), SAVED);

        assertThat(listing.format()).isEqualTo("Hugging Face HTML page");
        ListingEntry e = listing.entries().get(0);
        assertThat(e.arxivId()).isEqualTo("2502.06858");
        assertThat(e.upvotes()).isZero();
        assertThat(e.comments()).isNull();
        assertThat(e.authorCount()).isEqualTo(2);
        assertThat(e.published().date()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(e.githubUrls()).containsExactly("https://github.com/westenfelder/NL2SH");
    }

    @Test
    void keepsOneCopyOfACardListedTwice() throws Exception {
        String card = firstApiCard();
        ListingText page = page("DailyPapers", "{\"dailyPapers\":[" + card + "," + card + "]}");

        Listing listing = reader.read(page, SAVED);

        assertThat(listing.entries()).extracting(ListingEntry::arxivId).containsExactly("2609.18063");
        assertThat(listing.skipped()).hasSize(1);
        assertThat(listing.skipped().get(0)).contains("listed a second time");
    }

    @Test
    void refusesInvalidJsonInDataPropsNamingFileAndLine() {
        String sample = ListingSamples.string(SAMPLE);
        String damaged = sample.replace("&quot;upvotes&quot;:25,", "&quot;upvotes&quot;:25,,");
        ListingText text = ListingText.of("saved-page.html", damaged);

        assertThat(reader.accepts(text)).isTrue();
        assertThatThrownBy(() -> reader.read(text, SAVED))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("saved-page.html, line 3: ")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesAPageCutOffInsideItsData() {
        String sample = ListingSamples.string(SAMPLE);
        ListingText text = ListingText.of("half-saved.html", sample.substring(0, sample.length() / 2));

        assertThatThrownBy(() -> ListingFormat.standard().read("half-saved.html",
                text.text().getBytes(), SAVED))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("half-saved.html, line 3: ")
                .hasMessageContaining("cut off");
    }

    @Test
    void leavesOtherHtmlAndTextAlone() {
        assertThat(reader.accepts(ListingText.of("a.html",
                "<html><body><div data-target=\"MainHeader\" data-props=\"{}\"></div></body></html>"))).isFalse();
        assertThat(reader.accepts(ListingSamples.text("daily-papers-search-2026-05-20.txt"))).isFalse();
        assertThat(reader.accepts(ListingSamples.text("api-daily-papers.json"))).isFalse();
    }

    /** A saved page around props, escaped as the site escapes its data-props. */
    private static ListingText page(String target, String json) {
        return ListingText.of("page.html", "<!DOCTYPE html>\n<html><body>\n<div class=\"SVELTE_HYDRATER contents\" "
                + "data-target=\"" + target + "\" data-props=\"" + escapeAttribute(json) + "\"></div>\n</body></html>");
    }

    private static String escapeAttribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstApiCard() throws Exception {
        var array = HuggingFaceCards.JSON.readTree(ListingSamples.string("api-daily-papers.json"));
        return array.get(0).toString();
    }
}
