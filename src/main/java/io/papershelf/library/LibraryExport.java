package io.papershelf.library;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.papershelf.export.Exports;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;

/** Writes papers in an export format, to a stream or to a file replaced whole or not at all. */
final class LibraryExport {
    private final PaperQueries queries;
    private final Clock clock;

    LibraryExport(PaperQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    void export(ExportFormat format, Collection<Long> ids, Writer out) throws LibraryException, IOException {
        Exports.write(format, ids == null ? queries.papers() : papersById(ids), queries.highlightColors(), clock.instant(),
                out);
    }

    void export(ExportFormat format, Collection<Long> ids, Path target) throws LibraryException {
        if (format.folder()) {
            exportNotes(ids, target);
            return;
        }
        try {
            AtomicFile.write(target, out -> export(format, ids, out));
        } catch (IOException e) {
            throw new LibraryException("Could not write " + target.toAbsolutePath() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        }
    }

    NotesExport exportNotes(Collection<Long> ids, Path folder) throws LibraryException {
        List<Paper> chosen = ids == null ? queries.papers() : papersById(ids);
        HighlightColors colors = queries.highlightColors();
        try {
            return NotesFolder.write(folder, chosen, colors);
        } catch (IOException e) {
            throw new LibraryException("Could not export notes to " + folder.toAbsolutePath() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        }
    }

    private List<Paper> papersById(Collection<Long> ids) throws LibraryException {
        List<Paper> out = new ArrayList<>();
        for (long id : ids) {
            queries.paper(id).ifPresent(out::add);
        }
        return out;
    }
}
