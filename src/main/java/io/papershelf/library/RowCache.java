package io.papershelf.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.papershelf.model.PaperFilter;
import io.papershelf.model.PaperRow;
import io.papershelf.storage.PaperListQuery;
import io.papershelf.storage.PaperListQuery.RowVersions;
import io.papershelf.storage.PaperListQuery.VersionedRows;

/**
 * The list rows the library has read, by paper id, each with the {@code row_version} it was read at. A
 * list query first asks the database which papers match at which versions (a narrow index answers that),
 * then reads only the rows it lacks or that changed since: switching the sidebar's filter or searching in a
 * library of 100,000 papers then reads ids, not 100,000 wide rows. The version is kept by a database trigger,
 * so every change, by this process or another, is seen. Ids are reused only after a paper is deleted for good,
 * and the library evicts those ({@link #evict}).
 */
final class RowCache {
    /** With more rows missing than this share, one query for the whole filter beats fetching them by id. */
    private static final double BULK_SHARE = 0.25;

    private final PaperListQuery query;
    private final RowsById byId = new RowsById();

    RowCache(PaperListQuery query) {
        this.query = query;
    }

    /**
     * The rows for a filter in the list's order (see {@link PaperListQuery#rows}), at most {@code limit} (0: all).
     * Run inside one read transaction.
     */
    List<PaperRow> rows(PaperFilter filter, String ftsQuery, Instant recentSince, int limit) throws SQLException {
        if (byId.isEmpty() && limit <= 0) {
            return remember(query.rows(filter, ftsQuery, recentSince)); // nothing to reuse: read them all at once
        }
        RowVersions wanted = query.versions(filter, ftsQuery, recentSince, limit);
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (byId.at(wanted.ids()[i], wanted.versions()[i]) == null) {
                missing.add(wanted.ids()[i]);
            }
        }
        if (missing.size() > BULK_SHARE * wanted.size() && missing.size() > 1000 && limit <= 0) {
            return remember(query.rows(filter, ftsQuery, recentSince));
        }
        if (!missing.isEmpty()) {
            remember(query.rowsByIds(missing));
        }
        List<PaperRow> out = new ArrayList<>(wanted.size());
        for (long id : wanted.ids()) {
            PaperRow row = byId.get(id);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** The current rows of these papers, read afresh. */
    List<PaperRow> rows(Collection<Long> ids) throws SQLException {
        return remember(query.rowsByIds(ids));
    }

    /** Forgets papers deleted for good (their ids may be given to new papers). */
    void evict(Collection<Long> ids) {
        ids.forEach(id -> byId.remove(id));
    }

    private List<PaperRow> remember(VersionedRows fresh) {
        List<PaperRow> rows = fresh.rows();
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i), fresh.versions()[i]);
        }
        return rows;
    }
}
