package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;

/**
 * Whatever is typed into the search box, search answers, and with the right papers: the typed words and
 * nothing else count (checked against {@link SearchOracle} for plain words), the sidebar's filter narrows the
 * same matches, and ranked search returns the best of them. Strings are built from
 * FTS5 syntax (operators, column filters, NEAR, stars, carets, brackets, quotes), control characters and
 * NUL, unpaired surrogates, scripts of every direction and very long runs, from a fixed seed so a
 * failure repeats.
 */
class SearchPropertyTest {
    private static final String[] PIECES = {
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/3", "and", "*", "^", "\"", "\"\"", "'", "(", ")", "()", ":", "-",
        "+", "{", "}", "{title abstract}:", "title:", "notes:", "tags:", "rowid:", "paper_search:", "rank", "bm25",
        "MATCH", "'; DROP TABLE papers; --", "%", "_", "\\", "/", "\0", "\u0001", "\t", "\n", "\r\n", " ", "  ",
        "\u00A0", "\u200B", "\uFEFF", "\uD800", "\uDFFF", "\uD83D\uDE00", "😀", "검색", "検索", "поиск", "بحث",
        "\u202E", "e\u0301", "ß", "İ", "ﬁ", "٣", "graph", "agents", "recommender", "Microsoft", "SSM?", "1e10",
        "0x1F", "NULL", "null", "*\"", "\"*", "^\"a\"", "a*b", "**", "...", "|", "&", "<", ">", "=", "!",
    };

    @TempDir
    static Path dir;
    static Library library;

    @BeforeAll
    static void open() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        long id = library.rows(PaperFilter.ALL).get(0).id();
        library.saveNotes(id, "notes: \"quoted\" AND (brackets) NEAR/2 * ^ 😀");
        library.addTag(List.of(id), "c++ & \"tags\"");
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void whateverIsTypedSearchAnswersWithTheRightPapers() throws Exception {
        Random random = new Random(20260520);
        SearchOracle oracle = new SearchOracle(library.papers());
        PaperFilter narrow = PaperFilter.ALL.withReadState(ReadState.UNREAD).withTag("c++ & \"tags\"");
        Set<Long> narrowIds = ids(library.rows(narrow));
        int checkedByOracle = 0;
        int found = 0;
        for (int i = 0; i < 3000; i++) {
            String typed = typed(random, i);
            String what = "searching for " + printable(typed) + " (case " + i + ")";
            Set<Long> all = ids(library.rows(PaperFilter.ALL.withQuery(typed)));
            Set<Long> narrowed = ids(library.rows(narrow.withQuery(typed)));
            List<Long> ranked = library.rankedSearch(typed, 20);
            Set<Long> expectedNarrow = new TreeSet<>(all);
            expectedNarrow.retainAll(narrowIds);
            assertThat(narrowed).as(what + ": the sidebar's filter and the text together").isEqualTo(expectedNarrow);
            boolean textLess = SearchOracle.terms(typed).isEmpty();
            assertThat(ranked).as(what + ": ranked results are the best of the matches").doesNotHaveDuplicates()
                    .hasSize(textLess ? 0 : Math.min(20, all.size()));
            assertThat(all).as(what).containsAll(ranked);
            Optional<TreeSet<Long>> expected = oracle.matches(typed);
            if (expected.isPresent()) {
                assertThat(all).as(what + ": the papers holding every typed word").isEqualTo(expected.get());
                checkedByOracle++;
                found += all.isEmpty() || textLess ? 0 : 1;
            }
        }
        // The oracle must have had its say: the seed gives many queries of plain words that find papers.
        assertThat(checkedByOracle).isGreaterThan(500);
        assertThat(found).isGreaterThan(50);
    }

    private static Set<Long> ids(List<PaperRow> rows) {
        Set<Long> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.id()));
        return out;
    }

    @Test
    void searchStillFindsWhatIsTypedPlainly() throws Exception {
        assertThat(library.rows(PaperFilter.ALL.withQuery("\"(recommender AND*"))).isNotEmpty();
        assertThat(library.rankedSearch("NEAR/2 brackets", 5)).hasSize(1);
        assertThat(library.rankedSearch("😀", 5)).isEmpty(); // not a letter or digit: nothing to search for
    }

    private static String typed(Random r, int i) {
        StringBuilder s = new StringBuilder();
        int pieces = i % 100 == 0 ? 2000 + r.nextInt(3000) : r.nextInt(12);
        for (int k = 0; k < pieces; k++) {
            switch (r.nextInt(4)) {
                case 0 -> s.append((char) r.nextInt(0x10000)); // any UTF-16 unit, unpaired surrogates too
                case 1 -> s.append(Character.toChars(r.nextInt(Character.MAX_CODE_POINT + 1)));
                default -> s.append(PIECES[r.nextInt(PIECES.length)]);
            }
            if (r.nextInt(3) == 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(200).forEach(cp -> out.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04X", cp)
                : String.valueOf((char) cp)));
        return "\"" + out + (s.length() > 200 ? "..." : "") + "\"";
    }
}
