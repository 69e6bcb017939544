package io.papershelf.library;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.papershelf.export.Exports;
import io.papershelf.listing.ListingException;
import io.papershelf.listing.ListingFormat;
import io.papershelf.model.ExportFormat;
import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.ImportResult;
import io.papershelf.model.LibraryCounts;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingSource;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.model.ReadState;
import io.papershelf.model.ReadingStats;
import io.papershelf.model.Tag;
import io.papershelf.storage.Database;
import io.papershelf.storage.HighlightRepository;
import io.papershelf.storage.ListingRepository;
import io.papershelf.storage.PaperListQuery;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.RankingCorpusQuery;
import io.papershelf.storage.SearchIndex;
import io.papershelf.storage.StatsQuery;
import io.papershelf.storage.Snapshots;
import io.papershelf.storage.StorageException;
import io.papershelf.storage.TagRepository;

/**
 * A reading list stored in one SQLite file: import listings, list and search papers, and keep what the
 * user makes of them (read state, tags, notes, the Trash). Every change is one transaction. Not
 * thread-safe: callers use it from one thread (the UI's background executor, or the command line).
 */
public final class Library implements AutoCloseable {
    /** "Recently added" means within this long. */
    public static final Duration RECENT = Duration.ofDays(7);
    /** How many organisations and tags the statistics name. */
    public static final int STATS_TOP = 10;

    private final Database db;
    private final Clock clock;
    private final ListingFormat formats;
    private final PaperRepository papers;
    private final PaperListQuery list;
    private final TagRepository tags;
    private final ListingRepository listings;
    private final SearchIndex search;
    private final RowCache rowCache;
    private final StatsQuery stats;
    private final HighlightRepository highlights;
    private final Annotations annotations;

    private Library(Database db, Clock clock, ListingFormat formats) {
        this.db = db;
        this.clock = clock;
        this.formats = formats;
        this.papers = new PaperRepository(db.connection());
        this.list = new PaperListQuery(db.connection());
        this.tags = new TagRepository(db.connection());
        this.listings = new ListingRepository(db.connection());
        this.search = new SearchIndex(db.connection());
        this.rowCache = new RowCache(list);
        this.stats = new StatsQuery(db.connection());
        this.highlights = new HighlightRepository(db.connection());
        this.annotations = new Annotations(papers, highlights, search);
    }

    /**
     * Opens the library at {@code file}, creating it (and its folder) when it does not exist. A copy
     * taken before a migration goes beside the file.
     *
     * @throws LibraryOpenException when the file is not a library, is damaged, or is from a newer version
     */
    public static Library open(Path file, Clock clock) throws LibraryOpenException {
        try {
            return new Library(Database.open(file, clock), clock, ListingFormat.standard());
        } catch (StorageException e) {
            throw openFailure(file, e);
        }
    }

    /** The same, with the copy taken before a migration kept among the automatic backups. */
    public static Library open(Path file, Clock clock, Backups backups) throws LibraryOpenException {
        try {
            return new Library(Database.open(file, backups::beforeMigration), clock, ListingFormat.standard());
        } catch (StorageException e) {
            throw openFailure(file, e);
        }
    }

    public static Library open(Path file) throws LibraryOpenException {
        return open(file, Clock.systemDefaultZone());
    }

    static LibraryOpenException openFailure(Path file, StorageException e) {
        LibraryOpenException.Problem problem = switch (e.problem()) {
            case NOT_A_LIBRARY -> LibraryOpenException.Problem.NOT_A_LIBRARY;
            case DAMAGED -> LibraryOpenException.Problem.DAMAGED;
            case NEWER_VERSION -> LibraryOpenException.Problem.NEWER_VERSION;
            case UNAVAILABLE -> LibraryOpenException.Problem.UNAVAILABLE;
        };
        return new LibraryOpenException(file.toAbsolutePath(), problem, e.getMessage(), e);
    }

    public Path file() {
        return db.file();
    }

    /** The database underneath, for tests that make the disk refuse writes. */
    Database database() {
        return db;
    }

    // ---- import -------------------------------------------------------------------------------

    /**
     * Reads a file without changing the library: a Papershelf backup, or a listing of any known shape.
     *
     * @param listingDate the listing's date when the file has no full date of its own; null means the
     *                    file's modification date
     */
    public Listing read(Path file, LocalDate listingDate) throws ListingException {
        return ListingFile.read(file, listingDate, formats, clock);
    }

    /**
     * Imports files as one transaction: every file is read first, and if any cannot be read nothing is
     * imported. Returns one result per file, in order.
     */
    public List<ImportResult> importFiles(List<Path> files, LocalDate listingDate)
            throws ListingException, LibraryException {
        List<Listing> read = new ArrayList<>();
        for (Path f : files) {
            read.add(read(f, listingDate));
        }
        return importListings(read);
    }

    /**
     * Imports one file on its own (all of it or none of it) and says what happened; a file that cannot
     * be read is an outcome with the reason, not an exception.
     */
    public ImportOutcome importFile(Path file, LocalDate listingDate) throws LibraryException {
        Listing listing;
        try {
            listing = read(file, listingDate);
        } catch (ListingException e) {
            return new ImportOutcome(file, null, e.getMessage());
        }
        return new ImportOutcome(file, importListings(List.of(listing)).get(0), null);
    }

    /**
     * Imports a listing pasted from the clipboard (its HTML when that carries a page's cards, else its text),
     * recorded under the name {@code Pasted 2026-12-01 21:30}. Nothing changes when the clipboard holds no
     * listing or one that cannot be read: the outcome then says why in one sentence.
     */
    public ImportOutcome importPasted(String html, String text) throws LibraryException {
        Optional<Listing> listing;
        try {
            listing = PastedListing.read(html, text, formats, clock);
        } catch (ListingException e) {
            return new ImportOutcome(null, null, e.getMessage());
        }
        if (listing.isEmpty()) {
            return new ImportOutcome(null, null, "The clipboard holds no listing: copy a whole listing page "
                    + "(Ctrl+A, then Ctrl+C in the browser) and paste again.");
        }
        return new ImportOutcome(null, importListings(List.of(listing.get())).get(0), null);
    }

    /** Imports the bundled 50-paper sample listing ({@link SampleListing}). */
    public ImportResult importSample() throws ListingException, LibraryException {
        return importListings(List.of(SampleListing.read(formats))).get(0);
    }

    /**
     * Removes an imported listing: its papers that no other listing brought go to the Trash (where they can
     * be restored), and the listing leaves the sidebar. Returns the papers moved to the Trash.
     */
    public List<Long> removeListing(long listingId) throws LibraryException {
        Instant now = clock.instant();
        return write("remove the listing", c -> {
            List<Long> only = listings.papersOnlyIn(listingId);
            papers.setTrashed(only, now);
            listings.delete(listingId);
            return only;
        });
    }

    /** Writes listings already read, all in one transaction. */
    public List<ImportResult> importListings(List<Listing> read) throws LibraryException {
        Instant now = clock.instant();
        return write("import", c -> {
            ListingImport imp = new ListingImport(papers, tags, listings, search, highlights, now);
            List<ImportResult> results = new ArrayList<>();
            for (Listing l : read) {
                results.add(imp.write(l));
            }
            imp.finish();
            return results;
        });
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * The rows for the list, in the order papers were added: structured filter in SQL, text through the
     * full-text index. Rows read before are reused while the paper is unchanged.
     */
    public List<PaperRow> rows(PaperFilter filter) throws LibraryException {
        return rows(filter, 0);
    }

    /** The first {@code limit} rows of {@link #rows(PaperFilter)} (all when {@code limit} is 0), quickly. */
    public List<PaperRow> rows(PaperFilter filter, int limit) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(filter.query());
        Instant since = recentSince();
        return snapshot(() -> rowCache.rows(filter, fts, since, limit));
    }

    /** The current rows of these papers, for refreshing them in place after a change. */
    public List<PaperRow> rows(Collection<Long> ids) throws LibraryException {
        return query(() -> rowCache.rows(ids));
    }

    /** Papers best matching the text, best first, at most {@code limit}. */
    public List<Long> rankedSearch(String text, int limit) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(text);
        if (fts == null) {
            return List.of();
        }
        return query(() -> search.ranked(fts, limit));
    }

    public Optional<Paper> paper(long id) throws LibraryException {
        return query(() -> papers.find(id));
    }

    /** Every paper not in the Trash, in the order they were added. */
    public List<Paper> papers() throws LibraryException {
        return query(() -> papers.all(false));
    }

    public List<Tag> tags() throws LibraryException {
        return query(tags::all);
    }

    /** Every tag; with {@code unreadOnly}, each counts only its unread papers. */
    public List<Tag> tags(boolean unreadOnly) throws LibraryException {
        return query(() -> tags.all(unreadOnly));
    }

    public List<ListingSource> listings() throws LibraryException {
        return query(listings::all);
    }

    /** Every imported listing; with {@code unreadOnly}, each counts only its unread papers. */
    public List<ListingSource> listings(boolean unreadOnly) throws LibraryException {
        return query(() -> listings.all(unreadOnly));
    }

    public LibraryCounts counts() throws LibraryException {
        Instant since = recentSince();
        return query(() -> new LibraryCounts(
                list.count(PaperFilter.ALL, null, since),
                list.count(PaperFilter.ALL.withReadState(ReadState.UNREAD), null, since),
                list.count(PaperFilter.ALL.withReadState(ReadState.READ), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, true, false, null, "", false), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, false, true, null, "", false), null, since),
                list.count(new PaperFilter(ReadState.ALL, null, false, false, null, "", true), null, since),
                list.count(PaperFilter.ANNOTATED, null, since)));
    }

    /**
     * The sidebar's counts with "Unread only": all, with code, recently added and annotated count their unread papers; unread,
     * read and the Trash as in {@link #counts()} (those views choose for themselves).
     */
    public LibraryCounts unreadCounts() throws LibraryException {
        Instant since = recentSince();
        PaperFilter unread = PaperFilter.ALL.withReadState(ReadState.UNREAD);
        return snapshot(() -> {
            int n = list.count(unread, null, since);
            return new LibraryCounts(n, n, list.count(PaperFilter.ALL.withReadState(ReadState.READ), null, since),
                    list.count(new PaperFilter(ReadState.UNREAD, null, true, false, null, "", false), null, since),
                    list.count(new PaperFilter(ReadState.UNREAD, null, false, true, null, "", false), null, since),
                    list.count(new PaperFilter(ReadState.ALL, null, false, false, null, "", true), null, since),
                    list.count(PaperFilter.ANNOTATED.withReadState(ReadState.UNREAD), null, since));
        });
    }

    /**
     * Reading statistics of the papers the filter selects (its text too), over the last {@code weeks} ISO weeks
     * of the library's time zone, with the {@link #STATS_TOP} organisations and tags that have most papers.
     */
    public ReadingStats statistics(PaperFilter filter, int weeks) throws LibraryException {
        String fts = SearchIndex.toFtsQuery(filter.query());
        Instant since = recentSince();
        StatsQuery.Facts facts = snapshot(() -> stats.facts(filter, fts, since, STATS_TOP));
        return new ReadingStatistics(clock).compute(facts, weeks);
    }

    private Instant recentSince() {
        return clock.instant().minus(RECENT);
    }

    // ---- what the user makes of papers ---------------------------------------------------------

    public void setRead(Collection<Long> ids, boolean read) throws LibraryException {
        Instant now = clock.instant();
        write("mark papers read", c -> papers.setRead(ids, read, now));
    }

    /** Saves a paper's notes exactly as typed. */
    public void saveNotes(long id, String notes) throws LibraryException {
        Instant now = clock.instant();
        write("save the note", c -> {
            papers.setNotes(id, notes == null ? "" : notes, now);
            search.reindex(List.of(id));
            return null;
        });
    }

    // ---- highlights --------------------------------------------------------------------------------

    /**
     * Marks {@code [start, end)} of a paper's title or abstract in a colour (0 to 3); the blanks at the ends
     * are left out. The quote is taken from the text the library holds.
     *
     * @throws AnnotationRefused when the passage is empty, overlaps a highlight, or lies outside the text
     */
    public Highlight addHighlight(long paperId, Highlight.Field field, int start, int end, int color)
            throws LibraryException {
        Instant now = clock.instant();
        return annotate("save the highlight", () -> annotations.add(paperId, field, start, end, color, now));
    }

    /** Sets a highlight's comment exactly as typed (empty: none); refused past {@link Highlight#MAX_COMMENT}. */
    public void setHighlightComment(long highlightId, String comment) throws LibraryException {
        Instant now = clock.instant();
        annotate("save the comment", () -> {
            annotations.comment(highlightId, comment, now);
            return null;
        });
    }

    public void setHighlightColor(long highlightId, int color) throws LibraryException {
        Instant now = clock.instant();
        annotate("change the highlight's colour", () -> {
            annotations.color(highlightId, color, now);
            return null;
        });
    }

    /** Deletes a highlight; the one returned goes back with {@link #restoreHighlight}. */
    public Highlight deleteHighlight(long highlightId) throws LibraryException {
        return annotate("delete the highlight", () -> annotations.delete(highlightId));
    }

    /** Puts a deleted highlight back as it was (undo). */
    public void restoreHighlight(long paperId, Highlight h) throws LibraryException {
        Instant now = clock.instant();
        annotate("restore the highlight", () -> {
            annotations.restore(paperId, h, now);
            return null;
        });
    }

    /** The names of the four highlight colours. */
    public HighlightColors highlightColors() throws LibraryException {
        return query(highlights::colors);
    }

    public void renameHighlightColor(int color, String name) throws LibraryException {
        annotate("rename the colour", () -> {
            annotations.renameColor(color, name);
            return null;
        });
    }

    @FunctionalInterface
    private interface AnnotationWork<T> {
        T run() throws SQLException, AnnotationRefused;
    }

    /** A refusal leaves the transaction as an unchecked exception (rolling it back) and is handed on as it was. */
    private static final class Refusal extends RuntimeException {
        private final AnnotationRefused refused;

        Refusal(AnnotationRefused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }

    private <T> T annotate(String what, AnnotationWork<T> work) throws LibraryException {
        try {
            return write(what, c -> {
                try {
                    return work.run();
                } catch (AnnotationRefused r) {
                    throw new Refusal(r);
                }
            });
        } catch (Refusal r) {
            throw r.refused;
        }
    }

    public void addTag(Collection<Long> ids, String tag) throws LibraryException {
        String name = TagNames.clean(tag);
        write("add the tag", c -> {
            tags.attach(ids, tags.ensure(name));
            search.reindex(ids);
            return null;
        });
    }

    public void removeTag(Collection<Long> ids, String tag) throws LibraryException {
        write("remove the tag", c -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                tags.detach(ids, id.get());
                search.reindex(ids);
            }
            return null;
        });
    }

    /** Renames a tag; renaming onto an existing tag merges the two. */
    public void renameTag(String from, String to) throws LibraryException {
        String name = TagNames.clean(to);
        write("rename the tag", c -> {
            Optional<Long> source = tags.idOf(from);
            if (source.isEmpty()) {
                return null;
            }
            Optional<Long> target = tags.idOf(name);
            List<Long> affected = tags.papersWith(source.get());
            if (target.isPresent() && !target.get().equals(source.get())) {
                tags.mergeInto(source.get(), target.get());
            } else {
                tags.rename(source.get(), name);
            }
            search.reindex(affected);
            return null;
        });
    }

    public void deleteTag(String tag) throws LibraryException {
        write("delete the tag", c -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                search.reindex(tags.delete(id.get()));
            }
            return null;
        });
    }

    /** Sets a tag's colour: a hex colour such as {@code #3b82f6}, or null for none. */
    public void setTagColor(String tag, String color) throws LibraryException {
        String checked = TagNames.color(color);
        write("colour the tag", c -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                tags.setColor(id.get(), checked);
            }
            return null;
        });
    }

    /** Moves papers to the Trash. */
    public void trash(Collection<Long> ids) throws LibraryException {
        Instant now = clock.instant();
        write("move papers to the Trash", c -> {
            papers.setTrashed(ids, now);
            return null;
        });
    }

    /** Takes papers back out of the Trash. */
    public void restore(Collection<Long> ids) throws LibraryException {
        write("restore papers", c -> {
            papers.setTrashed(ids, null);
            return null;
        });
    }

    /** Deletes the papers in the Trash for good; returns how many. */
    public int emptyTrash() throws LibraryException {
        return write("empty the Trash", c -> {
            List<Long> gone = papers.purgeTrash();
            search.reindex(gone);
            rowCache.evict(gone);
            return gone.size();
        });
    }

    // ---- export ----------------------------------------------------------------------------------

    /**
     * Writes papers in a format: all papers not in the Trash when {@code ids} is null, else those papers.
     * JSON keeps personal fields too and is the backup format.
     */
    public void export(ExportFormat format, Collection<Long> ids, Writer out) throws LibraryException, IOException {
        Exports.write(format, ids == null ? papers() : papersById(ids), highlightColors(), clock.instant(), out);
    }

    /** The same, to a file that is replaced whole or not at all. */
    public void export(ExportFormat format, Collection<Long> ids, Path target) throws LibraryException {
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

    /**
     * Writes one Markdown file per annotated paper (all papers not in the Trash when {@code ids} is null) into
     * a folder, created if missing: files written before are updated in place, other files are never touched.
     */
    public NotesExport exportNotes(Collection<Long> ids, Path folder) throws LibraryException {
        List<Paper> chosen = ids == null ? papers() : papersById(ids);
        HighlightColors colors = highlightColors();
        try {
            return NotesFolder.write(folder, chosen, colors);
        } catch (IOException e) {
            throw new LibraryException("Could not export notes to " + folder.toAbsolutePath() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        }
    }

    /** The whole library as a Papershelf JSON document. */
    public void exportJson(Writer out) throws LibraryException, IOException {
        export(ExportFormat.JSON, null, out);
    }

    private List<Paper> papersById(Collection<Long> ids) throws LibraryException {
        List<Paper> out = new ArrayList<>();
        for (long id : ids) {
            paper(id).ifPresent(out::add);
        }
        return out;
    }

    // ---- ranking ---------------------------------------------------------------------------------

    /** A read of the ranking's (see {@link Recommender}), run in one snapshot of the file. */
    @FunctionalInterface
    interface RankingRead<T> {
        T run(RankingCorpusQuery corpus) throws SQLException;
    }

    <T> T readForRanking(RankingRead<T> read) throws LibraryException {
        return snapshot(() -> read.run(new RankingCorpusQuery(db.connection())));
    }

    // ---- plumbing --------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T query(Query<T> q) throws LibraryException {
        try {
            return q.run();
        } catch (SQLException e) {
            throw new LibraryException("Could not read the library " + file() + " (" + reason(e) + ")"
                    + damageAdvice(e) + ".", e);
        }
    }

    /** A query of several statements that must see one state of the file (another process may write). */
    private <T> T snapshot(Query<T> q) throws LibraryException {
        try {
            return db.inTransaction(c -> q.run());
        } catch (SQLException e) {
            throw new LibraryException("Could not read the library " + file() + " (" + reason(e) + ")"
                    + damageAdvice(e) + ".", e);
        }
    }

    private <T> T write(String what, Database.SqlWork<T> work) throws LibraryException {
        try {
            return db.inTransaction(work);
        } catch (SQLException e) {
            throw new LibraryException("Could not " + what + " in the library " + file() + " (" + reason(e)
                    + "); nothing was changed" + damageAdvice(e) + ".", e);
        }
    }

    /** A damaged file found while working: say how to get the last good copy back. */
    private static String damageAdvice(SQLException e) {
        return Snapshots.isDamage(e) ? "; the file is damaged: File > Restore from backup… (or the command "
                + "papershelf restore) puts back the latest automatic backup" : "";
    }

    private static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }

    /** The zone dates are shown in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public void close() {
        db.close();
    }
}
