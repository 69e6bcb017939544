package io.papershelf.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.papershelf.library.Library;
import io.papershelf.model.ExportFormat;
import io.papershelf.library.NotesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export --format json|bibtex|csv|markdown|notes [--output FILE]}: standard output without
 * {@code --output}; for {@code notes} the output is a folder, required.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the library. JSON keeps everything, notes, tags and highlights included, and is also "
                + "the backup format; BibTeX, CSV and Markdown are for other tools; notes writes one Markdown file per "
                + "annotated paper into the --output folder (for Obsidian or Logseq), updating its own files in place.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        json(ExportFormat.JSON), bibtex(ExportFormat.BIBTEX), csv(ExportFormat.CSV), markdown(ExportFormat.MARKDOWN),
        notes(ExportFormat.NOTES);

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
            description = "Write to this file (replaced whole, never half-written) instead of standard output; for "
                    + "notes, the folder (created if missing).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (format.format.folder() && output == null) {
            throw new ParameterException(parent.spec.commandLine(), "export --format notes writes a folder of "
                    + "Markdown files: give it with --output FOLDER.");
        }
        try (Library library = parent.openLibrary()) {
            if (format.format.folder()) {
                NotesExport done = library.exportNotes(null, output);
                parent.spec.commandLine().getOut().println("Exported notes to " + done.folder() + ": "
                        + done.counts() + ".");
            } else if (output == null) {
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
