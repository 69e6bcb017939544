package io.papershelf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadingStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stats [--weeks N] [--json]}: how the reading list is going: papers, read, unread, with code, papers
 * added and read per ISO week (local time, oldest first, empty weeks included), the organisations and tags
 * with most papers, and the median days from adding a paper to reading it. Papers in the Trash do not count.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Shows how the reading list is going: papers added and read per week, the unread backlog, "
                + "top organisations and tags, the median days to read.")
final class StatsCommand implements Callable<Integer> {
    static final int DEFAULT_WEEKS = 26;

    @ParentCommand
    PapershelfCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "" + DEFAULT_WEEKS,
            description = "How many weeks, up to this one (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (weeks < 1 || weeks > 520) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--weeks must be a whole number from 1 to 520, not " + weeks + ".");
        }
        ReadingStats stats;
        try (Library library = parent.openLibrary()) {
            stats = library.statistics(PaperFilter.ALL, weeks);
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        out.print(json ? StatsReport.json(stats) : StatsReport.table(stats));
        return PapershelfCommand.OK;
    }
}
