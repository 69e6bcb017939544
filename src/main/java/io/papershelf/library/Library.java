package io.papershelf.library;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

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
import io.papershelf.storage.StorageException;
import io.papershelf.storage.TagRepository;

/**
 * A reading list stored in one SQLite file: import listings, list and search papers, and keep what the
 * user makes of them (read state, tags, notes, the Trash). Every change is one transaction. This class
 * opens the file and hands each call to the part that does it: {@code LibraryImports}, {@code PaperQueries},
 * {@code PaperMarks}, {@code Trash}, {@code LibraryExport}. Not thread-safe: callers use it from one thread
 * (the UI's background executor, or the command line).
 */
public final class Library implements AutoCloseable {
    /** "Recently added" means within this long. */
    public static final Duration RECENT = Duration.ofDays(7);
    /** How many organisations and tags the statistics name. */
    public static final int STATS_TOP = 10;

    private final Database db;
    private final Clock clock;
    private final LibraryImports imports;
    private final PaperQueries queries;
    private final PaperMarks marks;
    private final Trash trash;
    private final LibraryExport export;
    private final Transactions tx;
    private final HighlightEdits highlightEdits;

    private Library(Database db, Clock clock, ListingFormat formats) {
        this.db = db;
        this.clock = clock;
        this.tx = new Transactions(db);
        PaperRepository papers = new PaperRepository(db.connection());
        TagRepository tags = new TagRepository(db.connection());
        ListingRepository listings = new ListingRepository(db.connection());
        SearchIndex search = new SearchIndex(db.connection());
        PaperListQuery list = new PaperListQuery(db.connection());
        RowCache rowCache = new RowCache(list);
        HighlightRepository highlights = new HighlightRepository(db.connection());
        this.highlightEdits = new HighlightEdits(tx, clock, new Annotations(papers, highlights, search));
        this.imports = new LibraryImports(tx, clock, formats, papers, tags, listings, search, highlights);
        this.queries = new PaperQueries(tx, clock, papers, list, tags, listings, search, rowCache, highlights,
                new StatsQuery(db.connection()));
        this.marks = new PaperMarks(tx, clock, papers, tags, search);
        this.trash = new Trash(tx, clock, papers, search, rowCache);
        this.export = new LibraryExport(queries, clock);
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
        return open(file, clock, backups, fraction -> { });
    }

    /**
     * The same, telling {@code migrating} how far an update of the library's format has gone (0 to 1; not called
     * when the library needs none), for the window's "Updating the library format… 40%".
     */
    public static Library open(Path file, Clock clock, Backups backups, DoubleConsumer migrating)
            throws LibraryOpenException {
        try {
            return new Library(Database.open(file, backups::beforeMigration, migrating), clock, ListingFormat.standard());
        } catch (StorageException e) {
            throw openFailure(file, e);
        }
    }

    public static Library open(Path file) throws LibraryOpenException {
        return open(file, Clock.systemDefaultZone());
    }

    /** Whether opening {@code file} would first bring it up to this version's format (changing the file). */
    public static boolean needsUpdate(Path file) {
        return Database.needsUpdate(file);
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
        return imports.read(file, listingDate);
    }

    /**
     * Imports files as one transaction: every file is read first, and if any cannot be read nothing is
     * imported. Returns one result per file, in order.
     */
    public List<ImportResult> importFiles(List<Path> files, LocalDate listingDate)
            throws ListingException, LibraryException {
        return imports.importFiles(files, listingDate);
    }

    /**
     * Imports one file on its own (all of it or none of it) and says what happened; a file that cannot
     * be read is an outcome with the reason, not an exception.
     */
    public ImportOutcome importFile(Path file, LocalDate listingDate) throws LibraryException {
        return imports.importFile(file, listingDate);
    }

    /**
     * Imports a listing pasted from the clipboard (its HTML when that carries a page's cards, else its text),
     * recorded under the name {@code Pasted 2026-12-01 21:30}. Nothing changes when the clipboard holds no
     * listing or one that cannot be read: the outcome then says why in one sentence.
     */
    public ImportOutcome importPasted(String html, String text) throws LibraryException {
        return imports.importPasted(html, text);
    }

    /** Imports the bundled 50-paper sample listing ({@link SampleListing}). */
    public ImportResult importSample() throws ListingException, LibraryException {
        return imports.importSample();
    }

    /**
     * Removes an imported listing: its papers that no other listing brought go to the Trash (where they can
     * be restored), and the listing leaves the sidebar. Returns the papers moved to the Trash.
     */
    public List<Long> removeListing(long listingId) throws LibraryException {
        return imports.removeListing(listingId);
    }

    /** Writes listings already read, all in one transaction. */
    public List<ImportResult> importListings(List<Listing> read) throws LibraryException {
        return imports.importListings(read);
    }

    // ---- reading ------------------------------------------------------------------------------

    /**
     * The rows for the list, in the order papers were added: structured filter in SQL, text through the
     * full-text index. Rows read before are reused while the paper is unchanged.
     */
    public List<PaperRow> rows(PaperFilter filter) throws LibraryException {
        return queries.rows(filter, 0);
    }

    /** The first {@code limit} rows of {@link #rows(PaperFilter)} (all when {@code limit} is 0), quickly. */
    public List<PaperRow> rows(PaperFilter filter, int limit) throws LibraryException {
        return queries.rows(filter, limit);
    }

    /** The current rows of these papers, for refreshing them in place after a change. */
    public List<PaperRow> rows(Collection<Long> ids) throws LibraryException {
        return queries.rows(ids);
    }

    /** Papers best matching the text, best first, at most {@code limit}. */
    public List<Long> rankedSearch(String text, int limit) throws LibraryException {
        return queries.rankedSearch(text, limit);
    }

    public Optional<Paper> paper(long id) throws LibraryException {
        return queries.paper(id);
    }

    /** Every paper not in the Trash, in the order they were added. */
    public List<Paper> papers() throws LibraryException {
        return queries.papers();
    }

    public List<Tag> tags() throws LibraryException {
        return queries.tags();
    }

    public List<ListingSource> listings() throws LibraryException {
        return queries.listings();
    }

    /** Every tag; with {@code unreadOnly}, each counts only its unread papers. */
    public List<Tag> tags(boolean unreadOnly) throws LibraryException {
        return queries.tags(unreadOnly);
    }

    /** Every imported listing; with {@code unreadOnly}, each counts only its unread papers. */
    public List<ListingSource> listings(boolean unreadOnly) throws LibraryException {
        return queries.listings(unreadOnly);
    }

    /** The sidebar's numbers, in one read transaction. */
    public LibraryCounts counts() throws LibraryException {
        return queries.counts();
    }

    /**
     * The sidebar's counts with "Unread only": all, with code, recently added and annotated count their unread
     * papers; unread, read and the Trash as in {@link #counts()} (those views choose for themselves).
     */
    public LibraryCounts unreadCounts() throws LibraryException {
        return queries.unreadCounts();
    }

    /**
     * Reading statistics of the papers the filter selects (its text too), over the last {@code weeks} ISO weeks
     * of the library's time zone, with the {@link #STATS_TOP} organisations and tags that have most papers.
     */
    public ReadingStats statistics(PaperFilter filter, int weeks) throws LibraryException {
        return queries.statistics(filter, weeks, STATS_TOP);
    }

    // ---- what the user makes of papers ---------------------------------------------------------

    public void setRead(Collection<Long> ids, boolean read) throws LibraryException {
        marks.setRead(ids, read);
    }

    /** Saves a paper's notes exactly as typed. */
    public void saveNotes(long id, String notes) throws LibraryException {
        marks.saveNotes(id, notes);
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
        return highlightEdits.add(paperId, field, start, end, color);
    }

    /** Sets a highlight's comment exactly as typed (empty: none); refused past {@link Highlight#MAX_COMMENT}. */
    public void setHighlightComment(long highlightId, String comment) throws LibraryException {
        highlightEdits.comment(highlightId, comment);
    }

    public void setHighlightColor(long highlightId, int color) throws LibraryException {
        highlightEdits.color(highlightId, color);
    }

    /** Deletes a highlight; the one returned goes back with {@link #restoreHighlight}. */
    public Highlight deleteHighlight(long highlightId) throws LibraryException {
        return highlightEdits.delete(highlightId);
    }

    /** Puts a deleted highlight back as it was (undo). */
    public void restoreHighlight(long paperId, Highlight h) throws LibraryException {
        highlightEdits.restore(paperId, h);
    }

    /** The names of the four highlight colours. */
    public HighlightColors highlightColors() throws LibraryException {
        return queries.highlightColors();
    }

    public void renameHighlightColor(int color, String name) throws LibraryException {
        highlightEdits.renameColor(color, name);
    }

    public void addTag(Collection<Long> ids, String tag) throws LibraryException {
        marks.addTag(ids, tag);
    }

    public void removeTag(Collection<Long> ids, String tag) throws LibraryException {
        marks.removeTag(ids, tag);
    }

    /** Renames a tag; renaming onto an existing tag merges the two. */
    public void renameTag(String from, String to) throws LibraryException {
        marks.renameTag(from, to);
    }

    public void deleteTag(String tag) throws LibraryException {
        marks.deleteTag(tag);
    }

    /** Sets a tag's colour: a hex colour such as {@code #3b82f6}, or null for none. */
    public void setTagColor(String tag, String color) throws LibraryException {
        marks.setTagColor(tag, color);
    }

    // ---- the Trash -------------------------------------------------------------------------------

    /** Moves papers to the Trash. */
    public void trash(Collection<Long> ids) throws LibraryException {
        trash.trash(ids);
    }

    /** Takes papers back out of the Trash. */
    public void restore(Collection<Long> ids) throws LibraryException {
        trash.restore(ids);
    }

    /** Deletes the papers in the Trash for good; returns how many. */
    public int emptyTrash() throws LibraryException {
        return trash.empty();
    }

    // ---- export ----------------------------------------------------------------------------------

    /**
     * Writes papers in a format: all papers not in the Trash when {@code ids} is null, else those papers.
     * JSON keeps personal fields too and is the backup format.
     */
    public void export(ExportFormat format, Collection<Long> ids, Writer out) throws LibraryException, IOException {
        export.export(format, ids, out);
    }

    /** The same, to a file that is replaced whole or not at all (a folder of notes for the folder formats). */
    public void export(ExportFormat format, Collection<Long> ids, Path target) throws LibraryException {
        export.export(format, ids, target);
    }

    /**
     * Writes one Markdown file per annotated paper (all papers not in the Trash when {@code ids} is null) into
     * a folder, created if missing: files written before are updated in place, other files are never touched.
     */
    public NotesExport exportNotes(Collection<Long> ids, Path folder) throws LibraryException {
        return export.exportNotes(ids, folder);
    }

    /** The whole library as a Papershelf JSON document. */
    public void exportJson(Writer out) throws LibraryException, IOException {
        export(ExportFormat.JSON, null, out);
    }

    // ---- ranking ---------------------------------------------------------------------------------

    /** A read of the ranking's (see {@link Recommender}), run in one snapshot of the file. */
    @FunctionalInterface
    interface RankingRead<T> {
        T run(RankingCorpusQuery corpus) throws SQLException;
    }

    <T> T readForRanking(RankingRead<T> read) throws LibraryException {
        return tx.snapshot(() -> read.run(new RankingCorpusQuery(db.connection())));
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
