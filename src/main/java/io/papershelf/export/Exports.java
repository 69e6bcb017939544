package io.papershelf.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import io.papershelf.model.ExportFormat;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;

/** Writes papers in an export format. */
public final class Exports {
    private Exports() {
    }

    public static void write(ExportFormat format, List<Paper> papers, Instant now, Writer out) throws IOException {
        write(format, papers, HighlightColors.DEFAULT, now, out);
    }

    /** The same, naming the highlight colours as the library does. */
    public static void write(ExportFormat format, List<Paper> papers, HighlightColors colors, Instant now, Writer out)
            throws IOException {
        switch (format) {
            case JSON -> LibraryJson.write(papers, colors, now, out);
            case BIBTEX -> new BibtexExport().write(papers, out);
            case CSV -> new CsvExport().write(papers, out);
            case MARKDOWN -> new MarkdownReadingList(colors).write(papers, out);
            case NOTES -> throw new IllegalArgumentException("notes are exported to a folder, not to one file");
        }
    }
}
