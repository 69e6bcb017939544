package io.papershelf.library;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;

/** The Trash: papers moved there keep everything and come back whole, until it is emptied. */
final class Trash {
    private final Transactions tx;
    private final Clock clock;
    private final PaperRepository papers;
    private final SearchIndex search;
    private final RowCache rowCache;

    Trash(Transactions tx, Clock clock, PaperRepository papers, SearchIndex search, RowCache rowCache) {
        this.tx = tx;
        this.clock = clock;
        this.papers = papers;
        this.search = search;
        this.rowCache = rowCache;
    }

    void trash(Collection<Long> ids) throws LibraryException {
        Instant now = clock.instant();
        tx.write("move papers to the Trash", () -> {
            papers.setTrashed(ids, now);
            return null;
        });
    }

    void restore(Collection<Long> ids) throws LibraryException {
        tx.write("restore papers", () -> {
            papers.setTrashed(ids, null);
            return null;
        });
    }

    int empty() throws LibraryException {
        return tx.write("empty the Trash", () -> {
            List<Long> gone = papers.purgeTrash();
            search.reindex(gone);
            rowCache.evict(gone);
            return gone.size();
        });
    }
}
