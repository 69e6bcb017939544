package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

class HuggingFaceLinksTextListingTest {
    private static final String SAMPLE = "papers-search-with-links-2026-03-25.txt";
    /** Far from 2026, so a year of 2026 can only have come from the file. */
    private static final LocalDate FAR_FALLBACK = LocalDate.of(2030, 1, 1);
    private final HuggingFaceLinksTextListing reader = new HuggingFaceLinksTextListing();

    @Test
    void readsTheNinePapersWithTheirIds() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK);

        assertThat(listing.format()).isEqualTo("Hugging Face text with links");
        assertThat(listing.skipped()).isEmpty();
        assertThat(listing.entries()).extracting(ListingEntry::arxivId).containsExactly(
                "2410.05434", "2306.14898", "2502.06858", "1802.08979", "2104.13100", "1808.01400",
                "2409.02326", "2203.03850", "2510.21057");
        assertThat(listing.entries()).extracting(ListingEntry::title).containsExactly(
                "Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback",
                "InterCode: Standardizing and Benchmarking Interactive Coding with Execution Feedback",
                "LLM-Supported Natural Language to Bash Translation",
                "NL2Bash: A Corpus and Semantic Parser for Natural Language Interface to the Linux Operating System",
                "Shellcode_IA32: A Dataset for Automatic Shellcode Generation",
                "code2seq: Generating Sequences from Structured Representations of Code",
                "Arctic-SnowCoder: Demystifying High-Quality Data in Code Pretraining",
                "UniXcoder: Unified Cross-Modal Pre-training for Code Representation",
                "Soft Instruction De-escalation Defense");
        assertThat(listing.entries()).extracting(ListingEntry::line)
                .containsExactly(41, 61, 81, 101, 121, 141, 161, 185, 205);
    }

    @Test
    void readsUpvotesBylinesDatesAndComments() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK);

        assertThat(listing.entries()).extracting(ListingEntry::upvotes).containsExactly(1, 0, 0, 0, 0, 2, 19, 0, 5);
        assertThat(listing.entries()).extracting(ListingEntry::comments).containsExactly(0, 0, 0, 0, 0, 0, 2, 0, 1);
        assertThat(listing.entries()).extracting(ListingEntry::authorCount)
                .containsExactly(2, 4, 6, 4, 6, 4, 3, 6, null);
        assertThat(listing.entries()).extracting(e -> e.published() == null ? null : e.published().date()).containsExactly(
                LocalDate.of(2024, 10, 7), LocalDate.of(2023, 6, 26), LocalDate.of(2025, 2, 7),
                LocalDate.of(2018, 2, 24), LocalDate.of(2021, 4, 26), LocalDate.of(2018, 8, 3),
                LocalDate.of(2024, 9, 3), LocalDate.of(2022, 3, 7), LocalDate.of(2025, 10, 23));
        ListingEntry sic = listing.entries().get(8);
        assertThat(sic.organization()).isEqualTo(new Organization("Google", "google"));
        assertThat(listing.entries().subList(0, 8)).allMatch(e -> e.organization() == null);
    }

    @Test
    void readsAbstractsAndTheirLinks() throws Exception {
        Listing listing = reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK);
        ListingEntry leap = listing.entries().get(0);
        ListingEntry nl2sh = listing.entries().get(2);
        ListingEntry code2seq = listing.entries().get(5);

        assertThat(leap.abstractText()).startsWith("While large language models (LLMs) show impressive")
                .endsWith("Our code is available at https://leap-llm.github.io");
        assertThat(leap.links()).containsExactly("https://leap-llm.github.io");
        assertThat(leap.githubUrls()).isEmpty();
        assertThat(nl2sh.githubUrls()).containsExactly("https://github.com/westenfelder/NL2SH");
        assertThat(code2seq.links()).containsExactly("http://code2seq.org", "http://github.com/tech-srl/code2seq");
        assertThat(code2seq.githubUrls()).containsExactly("https://github.com/tech-srl/code2seq");
        // The header's search term and navigation are no paper's.
        assertThat(listing.entries()).noneMatch(e -> e.title().contains("Intercode Bash"));
    }

    @Test
    void theListingYearComesFromTheDayLink() throws Exception {
        assertThat(reader.read(ListingSamples.text(SAMPLE), FAR_FALLBACK).listingDate())
                .isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void withoutTheDayLinkTheYearComesFromTheFallback() throws Exception {
        String noDayLink = ListingSamples.string(SAMPLE).replace("https://huggingface.co/papers/date/2026-03-24\n", "");
        ListingText text = ListingText.of("no-day-link.txt", noDayLink);

        assertThat(reader.read(text, LocalDate.of(2028, 5, 1)).listingDate()).isEqualTo(LocalDate.of(2028, 3, 25));
        // Mar 25 comes after Feb 1, so the page was saved the year before.
        assertThat(reader.read(text, LocalDate.of(2028, 2, 1)).listingDate()).isEqualTo(LocalDate.of(2027, 3, 25));
    }

    @Test
    void detectionPicksTheLinksReaderAndThePlainSampleStaysPlain() throws Exception {
        assertThat(ListingFormat.standard().detect(ListingSamples.text(SAMPLE)))
                .isInstanceOf(HuggingFaceLinksTextListing.class);
        assertThat(new HuggingFaceTextListing().accepts(ListingSamples.text(SAMPLE))).isFalse();

        ListingText plain = ListingSamples.text("daily-papers-search-2026-05-20.txt");
        assertThat(reader.accepts(plain)).isFalse();
        assertThat(ListingFormat.standard().detect(plain)).isInstanceOf(HuggingFaceTextListing.class);
    }

    @Test
    void keepsOneCopyOfAPageSavedTwiceIntoOneFile() throws Exception {
        String page = ListingSamples.string(SAMPLE);
        Listing listing = reader.read(ListingText.of("twice.txt", page + "\n" + page), FAR_FALLBACK);

        assertThat(listing.entries()).hasSize(9);
        assertThat(listing.entries().get(8).comments()).isEqualTo(1);
        assertThat(listing.skipped()).hasSize(9).allMatch(s -> s.contains("listed a second time"));
    }

    @Test
    void refusesLinksWithoutTitlesNamingTheFile() {
        String linksOnly = ListingSamples.text(SAMPLE).lines().stream()
                .filter(l -> l.startsWith("https://"))
                .collect(Collectors.joining("\n"));
        ListingText text = ListingText.of("links-only.txt", linksOnly);

        assertThat(reader.accepts(text)).isTrue();
        assertThatThrownBy(() -> reader.read(text, FAR_FALLBACK))
                .isInstanceOf(ListingException.class)
                .hasMessageStartingWith("links-only.txt: ")
                .hasMessageContaining("no paper cards");
    }
}
