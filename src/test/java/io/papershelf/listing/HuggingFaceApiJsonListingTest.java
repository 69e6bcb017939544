package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

class HuggingFaceApiJsonListingTest {
    private static final String SAMPLE = "api-daily-papers.json";
    private static final LocalDate SAVED = LocalDate.of(2026, 9, 20);
    private final HuggingFaceApiJsonListing reader = new HuggingFaceApiJsonListing();

    @Test
    void readsTheDailyPapersArray() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), SAVED);

        assertThat(listing.format()).isEqualTo("Hugging Face API JSON");
        // The listing's date is the day its cards carry (the card's publishedAt), not the file's.
        assertThat(listing.listingDate()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(listing.skipped()).isEmpty();
        assertThat(listing.entries()).extracting(ListingEntry::arxivId)
                .containsExactly("2609.18063", "2410.05434", "2510.21057");
        assertThat(listing.entries()).extracting(ListingEntry::line).containsExactly(2, 122, 160);
        assertThat(listing.entries()).extracting(ListingEntry::upvotes).containsExactly(25, 1, 5);
        assertThat(listing.entries()).extracting(ListingEntry::comments).containsExactly(4, 0, 1);
    }

    @Test
    void mapsEveryFieldOfTheCards() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), SAVED);
        ListingEntry edge0 = listing.entries().get(0);
        ListingEntry leap = listing.entries().get(1);
        ListingEntry sic = listing.entries().get(2);

        assertThat(edge0.authors()).containsExactly("Yu Lin", "Yiming Wang", "Runyuan Cai", "Hanze Liu",
                "Xiaodong Zeng");
        assertThat(edge0.githubUrls()).containsExactly("https://github.com/Edge0-AI/edge0");
        assertThat(edge0.githubStars()).isEqualTo(3293);
        assertThat(edge0.published().date()).isEqualTo(LocalDate.of(2026, 9, 16));

        // The site's "\n  " inside a title is one space.
        assertThat(leap.title()).isEqualTo("Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback");
        assertThat(leap.authors()).containsExactly("Sanjiban Choudhury", "Paloma Sodhi");
        assertThat(leap.authorCount()).isEqualTo(2);
        assertThat(leap.organization()).isNull();
        assertThat(leap.projectPage()).isEqualTo("https://leap-llm.github.io");
        assertThat(leap.links()).containsExactly("https://leap-llm.github.io");
        assertThat(leap.githubUrls()).isEmpty();
        assertThat(leap.suggestedTags()).containsExactly("LLM agents", "privileged information",
                "iterative fine-tuning", "ALFWorld", "WebShop");
        assertThat(leap.published().date()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(leap.abstractText()).startsWith("While large language models (LLMs) show impressive")
                .endsWith("Our code is available at https://leap-llm.github.io");

        assertThat(sic.title()).isEqualTo("Soft Instruction De-escalation Defense");
        assertThat(sic.organization()).isEqualTo(new Organization("Google", "google"));
        assertThat(sic.authors()).isEmpty();
        assertThat(sic.authorCount()).isNull();
        assertThat(sic.githubUrls()).isEmpty();
        assertThat(sic.githubStars()).isNull();
        assertThat(sic.suggestedTags()).containsExactly("prompt injection", "agentic systems",
                "prompt sanitization", "tool-augmented LLM agents");
        assertThat(sic.published().date()).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void detectionPicksTheApiReader() throws Exception {
        assertThat(ListingFormat.standard().detect(ListingSamples.text(SAMPLE)))
                .isInstanceOf(HuggingFaceApiJsonListing.class);
        assertThat(new HuggingFaceTextListing().accepts(ListingSamples.text(SAMPLE))).isFalse();
    }

    @Test
    void readsTheSearchShapeOfCardsAndBarePapers() throws Exception {
        ListingText search = ListingText.of("search.json", """
                [
                  {"id": "2409.02326",
                   "title": "Arctic-SnowCoder: Demystifying High-Quality Data in Code Pretraining",
                   "summary": "Recent studies have been increasingly demonstrating that high-quality data is crucial.",
                   "publishedAt": "2024-09-03T17:54:16.000Z", "upvotes": 19,
                   "authors": [{"name": "Yuxiang Wei"}, {"name": "Hojae Han"}, {"name": "Rajhans Samdani"}]},
                  {"paper": {"id": "1808.01400",
                             "title": "code2seq: Generating Sequences from Structured Representations of Code",
                             "githubRepo": "https://github.com/tech-srl/code2seq.git", "upvotes": 2},
                   "numComments": 0}
                ]""");

        assertThat(reader.accepts(search)).isTrue();
        Listing listing = reader.read(search, SAVED);

        ListingEntry arctic = listing.entries().get(0);
        assertThat(arctic.arxivId()).isEqualTo("2409.02326");
        assertThat(arctic.upvotes()).isEqualTo(19);
        assertThat(arctic.comments()).isNull();
        assertThat(arctic.authorCount()).isEqualTo(3);
        assertThat(arctic.published().date()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(arctic.line()).isEqualTo(2);
        ListingEntry code2seq = listing.entries().get(1);
        assertThat(code2seq.arxivId()).isEqualTo("1808.01400");
        assertThat(code2seq.abstractText()).isEmpty();
        assertThat(code2seq.githubUrls()).containsExactly("https://github.com/tech-srl/code2seq");
        assertThat(code2seq.line()).isEqualTo(7);
    }

    @Test
    void readsAnObjectWithADailyPapersArray() throws Exception {
        String cards = ListingSamples.string(SAMPLE);
        ListingText wrapped = ListingText.of("wrapped.json", "{\"date\": \"2026-09-17\", \"dailyPapers\": " + cards + "}");

        assertThat(ListingFormat.standard().detect(wrapped)).isInstanceOf(HuggingFaceApiJsonListing.class);
        assertThat(reader.read(wrapped, SAVED).entries()).hasSize(3);
    }

    @Test
    void leavesThePapershelfBackupAlone() {
        // The dailyPapers key is there to show that the format field alone keeps the backup out.
        ListingText backup = ListingText.of("papershelf-backup.json", """
                {"format": "papershelf", "version": 1,
                 "papers": [{"title": "Soft Instruction De-escalation Defense", "arxivId": "2510.21057",
                             "abstract": "Large Language Models (LLMs) are increasingly deployed.", "upvotes": 5,
                             "read": true, "tags": ["security"]}],
                 "dailyPapers": []}""");

        assertThat(reader.accepts(backup)).isFalse();
        assertThat(new HuggingFaceHtmlListing().accepts(backup)).isFalse();
        assertThat(new HuggingFaceLinksTextListing().accepts(backup)).isFalse();
    }

    @Test
    void refusesTruncatedJsonNamingFileAndLine() throws Exception {
        String sample = ListingSamples.string(SAMPLE);
        String cut = sample.substring(0, sample.indexOf("\"upvotes\": 1,"));
        ListingText text = ListingText.of("daily.json", cut);
        int lastLine = text.lines().size();

        assertThat(ListingFormat.standard().detect(text)).isInstanceOf(HuggingFaceApiJsonListing.class);
        assertThatThrownBy(() -> reader.read(text, SAVED))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("daily.json, line " + lastLine + ": ")
                .hasMessageContaining("cut off or damaged");
    }

    @Test
    void refusesDamagedJsonAtTheDamagedLine() {
        String damaged = ListingSamples.string(SAMPLE).replace("\"upvotes\": 25,", "\"upvotes\": 25,,");
        ListingText text = ListingText.of("daily.json", damaged);

        assertThatThrownBy(() -> reader.read(text, SAVED))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("daily.json, line 81: ")
                .satisfies(e -> assertThat(((ListingException) e).line()).isEqualTo(81));
    }

    @Test
    void keepsOneCopyOfACardListedTwice() throws Exception {
        String sample = ListingSamples.string(SAMPLE).trim();
        String twice = sample.substring(0, sample.length() - 1) + ","
                + sample.substring(1);

        Listing listing = reader.read(ListingText.of("twice.json", twice), SAVED);

        assertThat(listing.entries()).extracting(ListingEntry::arxivId)
                .containsExactly("2609.18063", "2410.05434", "2510.21057");
        assertThat(listing.skipped()).hasSize(3).allMatch(s -> s.contains("listed a second time"));
    }

    @Test
    void leavesOtherJsonAlone() {
        assertThat(reader.accepts(ListingText.of("empty.json", "[]"))).isFalse();
        assertThat(reader.accepts(ListingText.of("other.json",
                "[{\"id\": 7, \"title\": \"A title\", \"summary\": \"x\"}]"))).isFalse();
        assertThat(reader.accepts(ListingSamples.text("papers-search-with-links-2026-03-25.txt"))).isFalse();
    }
}
