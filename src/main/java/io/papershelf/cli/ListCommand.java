package io.papershelf.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code list [--unread | --read] [--tag TAG] [--query TEXT]}: one paper per line, tab-separated:
 * title, published date, organisation or author count, read or unread, tags. Nothing else on
 * standard output.
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

    @Override
    public Integer call() throws Exception {
        ReadState state = readChoice == null ? ReadState.ALL : readChoice.unread ? ReadState.UNREAD : ReadState.READ;
        PaperFilter filter = new PaperFilter(state, tag, false, false, null, query, false);
        List<PaperRow> rows;
        try (Library library = parent.openLibrary()) {
            rows = library.rows(filter);
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        rows.stream().sorted(Comparator.comparing(PaperRow::addedAt).thenComparing(PaperRow::id))
                .forEach(r -> out.println(line(r)));
        return PapershelfCommand.OK;
    }

    static String line(PaperRow r) {
        return String.join("\t", oneLine(r.title()), r.published() == null ? "" : r.published().toString(),
                r.byline(), r.read() ? "read" : "unread", String.join(", ", r.tags()));
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
