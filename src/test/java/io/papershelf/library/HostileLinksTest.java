package io.papershelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.model.Paper;
import io.papershelf.reliability.HostileLinks;

/** Hostile links in a file never become links Papershelf opens or repositories it labels as GitHub. */
class HostileLinksTest {
    @TempDir
    Path dir;

    @Test
    void noHostileLinkIsOpenableOrAGitHubRepository() {
        for (String link : HostileLinks.NOT_WEB) {
            assertThat(LinkPolicy.mayOpen(link)).as(link).isFalse();
            assertThat(LinkPolicy.githubRepository(link)).as(link).isEmpty();
        }
        for (String link : HostileLinks.LOOK_ALIKES) {
            assertThat(LinkPolicy.githubRepository(link)).as(link).isEmpty();
        }
        assertThat(LinkPolicy.repositories(HostileLinks.all())).isEmpty();
    }

    @Test
    void aBackupCarryingHostileLinksImportsThePaperWithoutThem() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ImportOutcome outcome = library.importFile(HostileLinks.backup(dir.resolve("hostile.json")), null);
            assertThat(outcome.imported()).isTrue();
            Paper p = library.papers().get(0);
            assertThat(p.githubUrls()).isEmpty();
            assertThat(p.projectPage()).isNull();
            assertThat(p.links()).allSatisfy(l -> assertThat(LinkPolicy.mayOpen(l)).as(l).isTrue())
                    .doesNotContainAnyElementsOf(HostileLinks.NOT_WEB);
            // The abstract keeps its text: what was written is shown, only never offered as a link.
            assertThat(p.abstractText()).contains("javascript:alert(1)");
            assertThat(library.rows(List.of(p.id()))).singleElement().satisfies(r -> assertThat(r.hasCode()).isFalse());
        }
    }
}
