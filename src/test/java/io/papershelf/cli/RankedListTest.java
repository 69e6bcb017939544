package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;

/** {@code list --rank}, {@code list --rank-tag} and {@code --limit} on the 50-paper Hugging Face sample. */
class RankedListTest {
    @TempDir
    Path dir;

    record Run(int code, List<String> lines, String err) {
    }

    private Run run(String... args) {
        CliRun r = CliRun.in(dir, args);
        return new Run(r.code(), List.of(r.lines()), r.err());
    }

    @BeforeEach
    void importSample() {
        assertThat(run("import", "--listing-date", "2026-05-20", TestFiles.copy(TestFiles.DAILY, dir).toString()).code())
                .isZero();
    }

    @Test
    void withNothingReadOrTaggedSaysSoOnStandardErrorAndOrdersByUpvotes() {
        Run r = run("list", "--rank");

        assertThat(r.code()).isZero();
        assertThat(r.err().strip()).isEqualTo(
                "Not enough to learn from yet: 0 of 5 papers read or tagged; ordered by upvotes, then date.");
        assertThat(r.lines()).hasSize(50);
        assertThat(r.lines()).isEqualTo(byUpvotes());
    }

    @Test
    void ranksBestFirstWithTheSameLinesAsList() throws Exception {
        List<Long> agents = tag("agent", "agents", 6);
        Run ranked = run("list", "--rank");

        assertThat(ranked.code()).isZero();
        assertThat(ranked.err()).isEmpty();
        assertThat(ranked.lines()).hasSize(50).containsExactlyInAnyOrderElementsOf(run("list").lines());
        assertThat(ranked.lines().subList(0, agents.size())).allSatisfy(l -> assertThat(l).endsWith("\tagents"));

        Run top = run("list", "--rank", "--unread", "--limit", "3");
        assertThat(top.lines()).containsExactlyElementsOf(ranked.lines().subList(0, 3));
        assertThat(run("list", "--rank", "--query", "agent").lines())
                .isSubsetOf(ranked.lines()).allSatisfy(l -> assertThat(ranked.lines()).contains(l));
        assertThat(run("list", "--rank", "--tag", "agents").lines()).hasSize(agents.size());
        assertThat(run("list", "--limit", "2").lines()).containsExactlyElementsOf(run("list").lines().subList(0, 2));
    }

    @Test
    void ranksThePapersWithoutATagByLikenessToIt() throws Exception {
        tag("agent", "agents", 6);
        Run r = run("list", "--rank-tag", "Agents");

        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(44).noneMatch(l -> l.endsWith("\tagents"));
        long agentLike = r.lines().subList(0, 5).stream().filter(l -> l.toLowerCase().contains("agent")).count();
        assertThat(agentLike).as("untagged papers about agents among the first five").isGreaterThanOrEqualTo(1);

        Run unknown = run("list", "--rank-tag", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).startsWith("There is no tag \"nope\" in the library ").doesNotContain("\n");
        assertThat(run("list", "--rank", "--rank-tag", "agents").code()).isEqualTo(2);
        assertThat(run("list", "--limit", "-1").code()).isEqualTo(1);
    }

    /** Tags the first {@code n} papers whose text matches {@code query}; returns their ids. */
    private List<Long> tag(String query, String tag, int n) throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<Long> ids = library.rows(PaperFilter.ALL.withQuery(query)).stream().limit(n).map(PaperRow::id).toList();
            library.addTag(ids, tag);
            return ids;
        }
    }

    private List<String> byUpvotes() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            return library.rows(PaperFilter.ALL).stream().sorted(io.papershelf.library.Scores.UPVOTES_THEN_DATE)
                    .map(ListCommand::line).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
