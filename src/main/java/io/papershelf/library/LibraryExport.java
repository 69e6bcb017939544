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
        Exports.write(format, ids == null ? queries.papers() : papersById(ids), clock.instant(), out);
    }

    void export(ExportFormat format, Collection<Long> ids, Path target) throws LibraryException {
        try {
            AtomicFile.write(target, out -> export(format, ids, out));
        } catch (IOException e) {
            throw new LibraryException("Could not write " + target.toAbsolutePath() + " ("
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
