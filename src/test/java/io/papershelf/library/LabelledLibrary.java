package io.papershelf.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.ranking.LabelledPapers;

/** A real library file holding the evaluation corpus (SOURCES.md), with each arXiv id's paper id. */
final class LabelledLibrary {
    final Library library;
    final LabelledPapers data;
    final Map<String, Long> idOf = new HashMap<>();

    LabelledLibrary(Path dir) throws Exception {
        this(Library.open(dir.resolve("library.db")));
    }

    /** The labelled papers imported into {@code library}, which the caller closes. */
    LabelledLibrary(Library library) throws Exception {
        this.data = LabelledPapers.load();
        this.library = library;
        List<ListingEntry> entries = new ArrayList<>();
        int line = 1;
        for (LabelledPapers.Paper p : data.papers()) {
            entries.add(ListingEntry.builder(p.title()).abstractText(p.abstractText()).arxivId(p.arxivId())
                    .published(LocalDate.of(2026, 2, 10)).line(line++).build());
        }
        library.importListings(List.of(new Listing("arxiv-2026-02-10.jsonl", LocalDate.of(2026, 2, 10), "test",
                entries, List.of())));
        for (PaperRow r : library.rows(PaperFilter.ALL)) {
            String arxiv = library.paper(r.id()).orElseThrow().arxivId();
            idOf.put(arxiv, r.id());
        }
    }

    /** The library ids of the papers whose primary category is {@code tag}, the first {@code max} of them. */
    List<Long> idsOf(String tag, int max) {
        return data.papers().stream().filter(p -> p.primary().equals(tag)).limit(max)
                .map(p -> idOf.get(p.arxivId())).toList();
    }
}
