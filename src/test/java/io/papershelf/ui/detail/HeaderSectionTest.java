package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.Paper;

/** The detail pane's metadata line says where a paper appeared and its DOI, read from a real Zotero export. */
class HeaderSectionTest {
    @TempDir
    Path dir;

    @Test
    void theMetaLineNamesTheVenueWithVolumeIssueAndPagesAndTheDoi() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.importFiles(List.of(TestFiles.copy("library-export.bib", dir)), LocalDate.of(2026, 5, 20));
            Paper resnet = paper(library, "Deep Residual Learning");
            assertThat(HeaderSection.metaLine(resnet)).startsWith("He et al.  ·  Published Jun 2016")
                    .contains("  ·  2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR), pp. 770–778  ·  ")
                    .contains("  ·  DOI 10.1109/CVPR.2016.90").doesNotContain("comments");
            // The DOI is a button of its own, so the links do not repeat its address.
            assertThat(resnet.links()).anyMatch(l -> l.contains("10.1109/CVPR.2016.90"));

            Paper proceedings = library.papers().stream().filter(p -> p.bibliographic().issue() != null).findFirst()
                    .orElseThrow();
            assertThat(HeaderSection.venue(proceedings.bibliographic())).contains(proceedings.bibliographic().venue())
                    .contains("(" + proceedings.bibliographic().issue() + ")");
        }
    }

    private static Paper paper(Library library, String titleStart) throws Exception {
        return library.papers().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }
}
