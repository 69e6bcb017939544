package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

/** JSON version 2 keeps the new fields and dates at their precision; a version 1 document still imports. */
class JsonVersionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-21T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void versionTwoKeepsVenueDoiSummaryAndPrecisionThroughABackup() throws Exception {
        StringWriter json = new StringWriter();
        List<Paper> original;
        try (Library library = Library.open(dir.resolve("a.db"), CLOCK)) {
            library.importFiles(List.of(TestFiles.copyReal(RealBibtexTest.DBLP, dir),
                    TestFiles.copy("hf-paper-page-handmade.html", dir)), LocalDate.of(2026, 5, 21));
            library.exportJson(json);
            original = library.papers();
        }
        assertThat(json.toString()).contains("\"version\" : 3", "\"published\" : \"2016\"",
                "\"doi\" : \"10.1109/TCSII.2015.2483422\"", "\"venue\" : \"Handbook of Signal Processing Systems\"",
                "\"summary\" : \"LOGO aligns");
        Path backup = TestFiles.write(dir.resolve("backup.json"), json.toString());
        try (Library restored = Library.open(dir.resolve("b.db"), CLOCK)) {
            restored.importFiles(List.of(backup), null);
            assertThat(restored.papers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "sources")
                    .containsExactlyElementsOf(original);
        }
    }

    @Test
    void aVersionOneDocumentStillImports() throws Exception {
        Path v1 = TestFiles.write(dir.resolve("old.json"), """
                {
                  "format": "papershelf",
                  "version": 1,
                  "exportedAt": "2026-05-21T09:00:00Z",
                  "papers": [{"title": "The Collaboration Gap", "abstract": "The trajectory...", "arxivId": "2511.02687",
                    "authors": ["Tim R. Davidson"], "authorCount": null, "organization": "Microsoft Research",
                    "organizationHandle": "MicrosoftResearch", "published": "2025-11-04", "upvotes": 17, "comments": 2,
                    "links": [], "githubUrls": [], "projectPage": null, "githubStars": null, "suggestedTags": [],
                    "read": true, "readAt": "2026-05-21T09:00:00Z", "tags": ["agents"], "notes": "Read section 3 again.",
                    "addedAt": "2026-05-21T09:00:00Z", "sources": []}]
                }
                """);
        try (Library library = Library.open(dir.resolve("c.db"), CLOCK)) {
            library.importFiles(List.of(v1), null);
            Paper p = library.papers().get(0);
            assertThat(p.published()).isEqualTo(PublishedDate.of(LocalDate.of(2025, 11, 4)));
            assertThat(p.tags()).containsExactly("agents");
            assertThat(p.notes()).isEqualTo("Read section 3 again.");
            assertThat(p.read()).isTrue();
            assertThat(p.bibliographic().isEmpty()).isTrue();
        }
    }
}
