package io.papershelf.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.model.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --format json|bibtex|csv|markdown [--output FILE]}: standard output without {@code --output}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the library. JSON keeps everything, notes and tags included, and is also the backup "
                + "format; BibTeX, CSV and Markdown are for other tools.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        json(ExportFormat.JSON), bibtex(ExportFormat.BIBTEX), csv(ExportFormat.CSV), markdown(ExportFormat.MARKDOWN);

        final ExportFormat format;

        Format(ExportFormat format) {
            this.format = format;
        }
    }

    @ParentCommand
    PapershelfCommand parent;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to this file (replaced whole, never half-written) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Library library = parent.openLibrary()) {
            if (output == null) {
                Writer out = parent.spec.commandLine().getOut();
                library.export(format.format, null, out);
                out.flush();
            } else {
                library.export(format.format, null, output);
            }
        }
        return PapershelfCommand.OK;
    }
}
