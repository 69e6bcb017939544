package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.Paper;

/**
 * A real BibTeX library exported to BibTeX and imported into a new library gives the same papers with the same
 * fields; and the export is valid BibTeX for a second, independent parser (jbibtex), not only for ours.
 */
class BibtexRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theDblpLibraryExportedAndImportedIntoANewLibraryIsTheSamePapers() throws Exception {
        List<Paper> original;
        Path export = dir.resolve("export.bib");
        try (Library first = Library.open(dir.resolve("first.db"), CLOCK)) {
            first.importFiles(List.of(TestFiles.copyReal(RealBibtexTest.DBLP, dir),
                    TestFiles.copyReal("bbt-eprinttype-959.bib", dir), TestFiles.copyReal("bbt-dois-2555.bib", dir)),
                    LocalDate.of(2026, 5, 21));
            original = first.papers();
            first.export(ExportFormat.BIBTEX, null, export);
        }
        try (Library second = Library.open(dir.resolve("second.db"), CLOCK)) {
            second.importFiles(List.of(export), LocalDate.of(2026, 5, 21));
            List<Paper> back = second.papers();

            assertThat(back).hasSize(40);
            for (int i = 0; i < original.size(); i++) {
                Paper o = original.get(i);
                Paper b = back.get(i);
                assertThat(b.title()).isEqualTo(o.title());
                assertThat(b.authors()).isEqualTo(o.authors());
                assertThat(b.published()).isEqualTo(o.published());
                assertThat(b.bibliographic()).isEqualTo(o.bibliographic());
                assertThat(b.arxivId()).isEqualTo(o.arxivId());
                assertThat(b.abstractText()).isEqualTo(o.abstractText());
                assertThat(b.links()).isEqualTo(o.links());
            }
        }
    }

    @Test
    void theExportParsesInJbibtexWithTypesDoisVenuesAndPagesIntact() throws Exception {
        StringWriter out = new StringWriter();
        try (Library library = Library.open(dir.resolve("library.db"), CLOCK)) {
            library.importFiles(List.of(TestFiles.copyReal(RealBibtexTest.DBLP, dir)), LocalDate.of(2026, 5, 21));
            library.addTag(List.of(library.papers().get(0).id()), "to cite & read");
            library.saveNotes(library.papers().get(0).id(), "private: never in a bibliography");
            library.export(ExportFormat.BIBTEX, null, out);
        }
        String bib = out.toString();

        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        Map<Key, BibTeXEntry> entries = db.getEntries();

        assertThat(entries).hasSize(38);
        BibTeXEntry cordic = entries.values().stream()
                .filter(e -> e.getField(BibTeXEntry.KEY_DOI).toUserString().equals("10.1109/TCSII.2015.2483422"))
                .findFirst().orElseThrow();
        assertThat(cordic.getType().getValue()).isEqualTo("article");
        assertThat(cordic.getField(BibTeXEntry.KEY_JOURNAL).toUserString()).isEqualTo("IEEE Trans. on Circuits and Systems");
        assertThat(cordic.getField(BibTeXEntry.KEY_VOLUME).toUserString()).isEqualTo("63-II");
        assertThat(cordic.getField(BibTeXEntry.KEY_NUMBER).toUserString()).isEqualTo("2");
        assertThat(cordic.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("186--190");
        assertThat(cordic.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2016");
        assertThat(cordic.getField(BibTeXEntry.KEY_MONTH)).as("a year alone has no month").isNull();
        assertThat(cordic.getField(new Key("keywords")).toUserString()).isEqualTo("to cite \\& read");
        assertThat(entries.values()).filteredOn(e -> e.getType().getValue().equals("incollection"))
                .allSatisfy(e -> assertThat(e.getField(BibTeXEntry.KEY_BOOKTITLE).toUserString())
                        .isEqualTo("Handbook of Signal Processing Systems"))
                .hasSize(2);
        assertThat(entries.values()).filteredOn(e -> e.getType().getValue().equals("inproceedings")).hasSize(22);
        assertThat(entries.values()).filteredOn(e -> e.getType().getValue().equals("article")).hasSize(14);
        assertThat(bib).doesNotContain("private").doesNotContain("note =");
        assertThat(Files.exists(dir.resolve("library.db"))).isTrue();
    }
}
