package io.papershelf.library;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.papershelf.model.HighlightColors;
import io.papershelf.model.LibraryCounts;
import io.papershelf.model.ListingSource;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import io.papershelf.model.ReadingStats;
import io.papershelf.model.Tag;
import io.papershelf.storage.HighlightRepository;
import io.papershelf.storage.ListingRepository;
import io.papershelf.storage.PaperListQuery;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;
import io.papershelf.storage.StatsQuery;
import io.papershelf.storage.TagRepository;

/** The library's reads: list rows (through {@link RowCache}), search, papers, tags, listings, counts. */
final class PaperQueries {
    private final Transactions tx;
    private final Clock clock;
    private final PaperRepository papers;
    private final PaperListQuery list;
    private final TagRepository tags;
    private final ListingRepository listings;
    private final SearchIndex search;
    private final RowCache rowCache;
    private final HighlightRepository highlights;
    private final StatsQuery stats;

    PaperQueries(Transactions tx, Clock clock, PaperRepository papers, PaperListQuery list, TagRepository tags,
                 ListingRepository listings, SearchIndex search, RowCache rowCache, HighlightRepository highlights,
                 StatsQuery stats) {
        this.tx = tx;
        this.clock = clock;
        this.papers = papers;
        this.list = list;
        this.tags = tags;
        this.listings = listings;
        this.search = search;
        this.rowCache = rowCache;
        this.highlights = highlights;
        this.stats = stats;
    }

    List<PaperRow> rows(PaperFilter filter, int limit) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(filter.query());
        Instant since = recentSince();
        return tx.snapshot(() -> rowCache.rows(filter, fts, since, limit));
    }

    List<PaperRow> rows(Collection<Long> ids) throws LibraryException {
        return tx.query(() -> rowCache.rows(ids));
    }

    List<Long> rankedSearch(String text, int limit) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(text);
        if (fts == null) {
            return List.of();
        }
        return tx.query(() -> search.ranked(fts, limit));
    }

    Optional<Paper> paper(long id) throws LibraryException {
        return tx.query(() -> papers.find(id));
    }

    List<Paper> papers() throws LibraryException {
        return tx.query(() -> papers.all(false));
    }

    List<Tag> tags() throws LibraryException {
        return tx.query(tags::all);
    }

    List<ListingSource> listings() throws LibraryException {
        return tx.query(listings::all);
    }

    List<Tag> tags(boolean unreadOnly) throws LibraryException {
        return tx.query(() -> tags.all(unreadOnly));
    }

    List<ListingSource> listings(boolean unreadOnly) throws LibraryException {
        return tx.query(() -> listings.all(unreadOnly));
    }

    /** The sidebar's counts with "Unread only", in one read transaction (see {@code Library.unreadCounts}). */
    LibraryCounts unreadCounts() throws LibraryException {
        Instant since = recentSince();
        PaperFilter unread = PaperFilter.ALL.withReadState(ReadState.UNREAD);
        return tx.snapshot(() -> {
            int n = list.count(unread, null, since);
            return new LibraryCounts(n, n, list.count(PaperFilter.ALL.withReadState(ReadState.READ), null, since),
                    list.count(new PaperFilter(ReadState.UNREAD, null, true, false, null, "", false), null, since),
                    list.count(new PaperFilter(ReadState.UNREAD, null, false, true, null, "", false), null, since),
                    list.count(new PaperFilter(ReadState.ALL, null, false, false, null, "", true), null, since),
                    list.count(PaperFilter.ANNOTATED.withReadState(ReadState.UNREAD), null, since));
        });
    }

    ReadingStats statistics(PaperFilter filter, int weeks, int top) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(filter.query());
        Instant since = recentSince();
        StatsQuery.Facts facts = tx.snapshot(() -> stats.facts(filter, fts, since, top));
        return new ReadingStatistics(clock).compute(facts, weeks);
    }

    /** The six counts in one read transaction, as the rows are read: they agree even while another process writes. */
    LibraryCounts counts() throws LibraryException {
        Instant since = recentSince();
        return tx.snapshot(() -> new LibraryCounts(
                list.count(PaperFilter.ALL, null, since),
                list.count(PaperFilter.ALL.withReadState(ReadState.UNREAD), null, since),
                list.count(PaperFilter.ALL.withReadState(ReadState.READ), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, true, false, null, "", false), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, false, true, null, "", false), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, false, false, null, "", true), null, since),
                list.count(PaperFilter.ANNOTATED, null, since)));
    }

    /** The names of the four highlight colours. */
    HighlightColors highlightColors() throws LibraryException {
        return tx.query(highlights::colors);
    }

    private Instant recentSince() {
        return clock.instant().minus(Library.RECENT);
    }
}
