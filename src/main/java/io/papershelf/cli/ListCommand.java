package io.papershelf.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.library.Ranking;
import io.papershelf.library.Recommender;
import io.papershelf.library.Scores;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code list [--unread | --read] [--tag TAG] [--query TEXT] [--rank | --rank-tag TAG] [--limit N]}: one paper
 * per line, tab-separated: title, published date, organisation or author count, read or unread, tags. Nothing
 * else on standard output. {@code --rank} orders best first for the user, {@code --rank-tag} lists the papers
 * without the tag, most like it first; both bring the models up to date first.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists papers, one per line: title, published, byline, read state, tags (tab-separated).")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    PapershelfCommand parent;

    @ArgGroup(exclusive = true)
    ReadChoice readChoice;

    static final class ReadChoice {
        @Option(names = "--unread", description = "Only unread papers.")
        boolean unread;
        @Option(names = "--read", description = "Only read papers.")
        boolean read;
    }

    @Option(names = "--tag", paramLabel = "TAG", description = "Only papers with this tag.")
    String tag;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Only papers matching the text (title, abstract, organisation, notes, tags).")
    String query;

    @ArgGroup(exclusive = true)
    RankChoice rankChoice;

    static final class RankChoice {
        @Option(names = "--rank", description = "Best first for you: most like the papers you read or tagged.")
        boolean rank;
        @Option(names = "--rank-tag", paramLabel = "TAG",
                description = "Only papers without this tag, most like the tag's papers first.")
        String rankTag;
    }

    @Option(names = "--limit", paramLabel = "N", description = "At most N papers (default: all).")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        ReadState state = readChoice == null ? ReadState.ALL : readChoice.unread ? ReadState.UNREAD : ReadState.READ;
        PaperFilter filter = new PaperFilter(state, tag, false, false, null, query, false);
        if (limit != null && limit < 0) {
            throw new CommandFailure("--limit must be 0 or more, not " + limit + ".");
        }
        List<PaperRow> rows;
        try (Library library = parent.openLibrary()) {
            rows = library.rows(filter);
            if (rankChoice != null) {
                rows = ranked(library, rows);
            } else {
                rows = rows.stream().sorted(Comparator.comparing(PaperRow::addedAt).thenComparing(PaperRow::id)).toList();
            }
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        rows.stream().limit(limit == null ? Long.MAX_VALUE : limit).forEach(r -> out.println(line(r)));
        return PapershelfCommand.OK;
    }

    private List<PaperRow> ranked(Library library, List<PaperRow> rows) throws Exception {
        Ranking ranking = Recommender.beside(library.file()).refresh(library);
        Scores scores;
        if (rankChoice.rankTag != null) {
            if (!ranking.hasTag(rankChoice.rankTag)) {
                throw new CommandFailure("There is no tag \"" + rankChoice.rankTag + "\" in the library " + library.file()
                        + "; papers get tags with the window's tag field.");
            }
            scores = ranking.tag(rankChoice.rankTag);
            rows = ranking.moreLikeThis(rankChoice.rankTag, rows);
        } else {
            scores = ranking.forYou();
            rows = scores.sort(rows);
        }
        if (!scores.ready()) {
            parent.spec.commandLine().getErr().println(scores.message());
        }
        return rows;
    }

    static String line(PaperRow r) {
        return String.join("\t", oneLine(r.title()), r.published() == null ? "" : r.published().toString(),
                r.byline(), r.read() ? "read" : "unread", String.join(", ", r.tags()));
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
