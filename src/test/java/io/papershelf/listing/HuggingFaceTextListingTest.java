package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.papershelf.TestFiles;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

class HuggingFaceTextListingTest {
    private static final LocalDate SAVED = LocalDate.of(2026, 5, 20);
    private static Listing sample;

    @BeforeAll
    static void readSample() throws ListingException {
        sample = read(TestFiles.bytes(TestFiles.DAILY), SAVED);
    }

    private static Listing read(byte[] bytes, LocalDate fallback) throws ListingException {
        return ListingFormat.standard().read(TestFiles.DAILY, bytes, fallback);
    }

    private static ListingEntry card(String titleStart) {
        return sample.entries().stream().filter(e -> e.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void readsExactlyFiftyPapersWithTheListingDate() {
        assertThat(sample.entries()).hasSize(50);
        assertThat(sample.format()).isEqualTo("Hugging Face text");
        assertThat(sample.listingDate()).isEqualTo(SAVED);
        assertThat(sample.entries().get(0).title())
                .isEqualTo("How Many Heads Make an SSM? A Unified Framework for Attention and State Space Models");
        assertThat(sample.entries().get(49).title())
                .isEqualTo("The Final-Stage Bottleneck: A Systematic Dissection of the R-Learner for Network Causal Inference");
        assertThat(sample.skipped()).isEmpty();
    }

    @Test
    void readsEveryFieldOfACardWithAuthorsAndComments() {
        ListingEntry e = card("InteractComp");
        assertThat(e.title()).isEqualTo("InteractComp: Evaluating Search Agents With Ambiguous Queries");
        assertThat(e.abstractText()).startsWith("Language agents have demonstrated remarkable potential in web search")
                .endsWith("https://github.com/FoundationAgents/InteractComp.");
        assertThat(e.authorCount()).isEqualTo(25);
        assertThat(e.organization()).isNull();
        assertThat(e.published().date()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(e.comments()).isEqualTo(2);
        assertThat(e.upvotes()).isNull();
        assertThat(e.links()).containsExactly("https://github.com/FoundationAgents/InteractComp");
        assertThat(e.githubUrls()).containsExactly("https://github.com/FoundationAgents/InteractComp");
        assertThat(e.line()).isEqualTo(29);
    }

    @Test
    void readsOrganisationHandleAndName() {
        ListingEntry e = card("The Collaboration Gap");
        assertThat(e.organization()).isEqualTo(new Organization("Microsoft Research", "MicrosoftResearch"));
        assertThat(e.authorCount()).isNull();
        assertThat(e.published().date()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertThat(e.comments()).isEqualTo(2);
        assertThat(card("The Override Gap").organization()).isEqualTo(new Organization("KIG.LAND", "kigland"));
    }

    @Test
    void cardsWithoutBylineAreStillPapers() {
        List<String> bare = sample.entries().stream().filter(e -> e.published() == null).map(ListingEntry::title).toList();
        assertThat(bare).containsExactly(
                "MeepleLM: A Virtual Playtester Simulating Diverse Subjective Experiences",
                "Multi-User Large Language Model Agents",
                "FlexMoRE: A Flexible Mixture of Rank-heterogeneous Experts for Efficient Federatedly-trained Large Language Models",
                "Beyond the Assistant Turn: User Turn Generation as a Probe of Interaction Awareness in Language Models");
        ListingEntry meeple = card("MeepleLM");
        assertThat(meeple.abstractText()).startsWith("Recent advancements have expanded the role of Large Language Models");
        assertThat(meeple.authorCount()).isNull();
        assertThat(meeple.comments()).isZero();
        // The card after a bare one keeps its own byline.
        assertThat(card("Neural Production Systems").authorCount()).isEqualTo(8);
        assertThat(card("Neural Production Systems").published().date()).isEqualTo(LocalDate.of(2021, 3, 2));
    }

    @Test
    void findsTheTenGitHubRepositoriesAndCleansLinks() {
        assertThat(sample.entries().stream().filter(e -> !e.githubUrls().isEmpty())).hasSize(10);
        assertThat(card("Quantum Knowledge Graph").githubUrls()).containsExactly("https://github.com/HKAI-Sci/QKG");
        assertThat(card("Joint Evaluation of Fairness").githubUrls())
                .containsExactly("https://github.com/theresiavr/DPFR-recsys-evaluation");
        assertThat(card("Reinforcement Learning for LLM-based").githubUrls())
                .containsExactly("https://github.com/xxzcc/awesome-llm-mas-rl");
        assertThat(card("Modular versus Hierarchical").links()).containsExactly("https://mathresearchcompass.com");
        assertThat(card("Modular versus Hierarchical").githubUrls()).isEmpty();
        assertThat(card("Information-Theoretic Causal Bounds").githubUrls())
                .containsExactly("https://github.com/yonghanjung/Information-Theretic-Bounds");
        assertThat(card("Efficient Continual Pre-training").links())
                .containsExactly("https://huggingface.co/YiDuo1999/Llama-3-Physician-8B-Instruct");
    }

    @Test
    void yearlessDatesTakeTheListingYear() {
        assertThat(card("Quantum Knowledge Graph").published().date()).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(card("Reinforcement Learning for LLM-based").published().date()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(card("Reinforcement Learning for LLM-based").comments()).isEqualTo(3);
        assertThat(card("SocialVeil").published().date()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(card("SocialVeil").comments()).isEqualTo(10);
    }

    @Test
    void yearlessDateAfterTheListingDayBelongsToTheYearBefore() throws ListingException {
        String text = TestFiles.text(TestFiles.DAILY).replace("\nMay 20\n", "\nFeb 10\n");
        Listing l = read(text.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 1));
        assertThat(l.listingDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        // "Apr 26" comes after Feb 10, so it is the year before.
        assertThat(l.entries().stream().filter(e -> e.title().startsWith("Quantum Knowledge")).findFirst().orElseThrow()
                .published().date()).isEqualTo(LocalDate.of(2025, 4, 26));
        // "Feb 4" is before Feb 10: same year.
        assertThat(l.entries().stream().filter(e -> e.title().startsWith("SocialVeil")).findFirst().orElseThrow()
                .published().date()).isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void aFullListingDateInTheFileWinsOverTheFallback() throws ListingException {
        String text = TestFiles.text(TestFiles.DAILY).replace("\nMay 20\n", "\nMay 20, 2027\n");
        Listing l = read(text.getBytes(StandardCharsets.UTF_8), SAVED);
        assertThat(l.listingDate()).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(l.entries().stream().filter(e -> e.title().startsWith("Quantum Knowledge")).findFirst().orElseThrow()
                .published().date()).isEqualTo(LocalDate.of(2027, 4, 26));
    }

    @Test
    void theFallbackYearIsUsedWhenTheListingShowsNone() throws ListingException {
        Listing l = read(TestFiles.bytes(TestFiles.DAILY), LocalDate.of(2025, 6, 1));
        assertThat(l.listingDate()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(l.entries().stream().filter(e -> e.title().startsWith("Quantum Knowledge")).findFirst().orElseThrow()
                .published().date()).isEqualTo(LocalDate.of(2025, 4, 26));
    }

    static Stream<Arguments> damagedCopies() {
        String t = TestFiles.text(TestFiles.DAILY);
        Charset cp1252 = Charset.forName("windows-1252");
        return Stream.of(
                Arguments.of("CRLF", t.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("CR", t.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("trailing blanks", t.replace("\n", " \t \n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("non-breaking spaces", t.replace(" authors", "\u00A0authors").replace("Microsoft Research", "Microsoft\u00A0Research")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("extra blank lines", t.replace("\n\n", "\n\n\n\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("no final newline", t.stripTrailing().getBytes(StandardCharsets.UTF_8)),
                Arguments.of("saved twice", (t + "\n" + t).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("Windows-1252", t.getBytes(cp1252)),
                Arguments.of("UTF-16 with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedCopies")
    void whatSavingAndCopyingDoesToTextChangesNothing(String what, byte[] bytes) throws ListingException {
        Listing l = read(bytes, SAVED);
        assertThat(l.entries()).as(what).hasSize(50);
        assertThat(l.entries()).as(what).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .containsExactlyElementsOf(sample.entries());
    }

    @Test
    void aPageSavedTwiceReportsTheRepeatedCards() throws ListingException {
        String t = TestFiles.text(TestFiles.DAILY);
        Listing l = read((t + "\n" + t).getBytes(StandardCharsets.UTF_8), SAVED);
        assertThat(l.entries()).hasSize(50);
        assertThat(l.skipped()).hasSize(50).first().asString()
                .isEqualTo("line 408: \"How Many Heads Make an SSM? A Unified Framework for Attention and State Space "
                        + "Models\" is listed a second time; the first card was kept");
    }

    @Test
    void windows1252KeepsTheAccents() throws ListingException {
        Listing l = read(TestFiles.text(TestFiles.DAILY).getBytes(Charset.forName("windows-1252")), SAVED);
        assertThat(l.entries()).extracting(ListingEntry::title).contains(
                "Memorize, Factorize, or be Naïve: Learning Optimal Feature Interaction Methods for CTR Prediction");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read(new byte[0], SAVED)).isInstanceOf(ListingException.class)
                .hasMessage(TestFiles.DAILY + ": the file is empty, so there is no listing to import.");
    }

    @Test
    void refusesBinaryData() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(png, SAVED)).isInstanceOf(ListingException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void refusesUnrelatedText() {
        byte[] text = "Dear colleague,\n\nplease find the minutes of Tuesday's meeting attached.\n\nBest,\nAnna\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(text, SAVED)).isInstanceOf(ListingException.class)
                .hasMessageStartingWith(TestFiles.DAILY + ": this is not a listing of any shape Papershelf reads (tried ");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
