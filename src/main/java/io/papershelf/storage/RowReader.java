package io.papershelf.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.model.PaperRow;
import io.papershelf.model.PublishedDate;

/**
 * Reads the rows of the paper list from a result set of {@link PaperListQuery#ROW_COLUMNS}, by column
 * position. Values that repeat across rows (dates, the time of an import, "7 authors", tag lists) are
 * parsed once and shared, which saves time and memory at 100,000 rows: one import gives all its papers the
 * same added time. One reader serves one query.
 */
final class RowReader {
    private static final int VERSION = 17;

    private final Map<String, PublishedDate> dates = new HashMap<>();
    private final Map<String, Instant> instants = new HashMap<>();
    private final Map<String, String> bylines = new HashMap<>();
    private final Map<String, List<String>> tags = new HashMap<>();

    /** The row at the cursor; its version is the last column. */
    PaperRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String title = rs.getString(2);
        String organization = rs.getString(3);
        String handle = rs.getString(4);
        int authorCount = rs.getInt(5);
        Integer count = rs.wasNull() ? null : authorCount;
        int named = rs.getInt(6);
        String firstAuthor = rs.getString(7);
        String published = rs.getString(8);
        int upvoteValue = rs.getInt(9);
        Integer upvotes = rs.wasNull() ? null : upvoteValue;
        int comments = rs.getInt(10);
        boolean read = rs.getInt(11) != 0;
        boolean hasCode = rs.getInt(12) != 0;
        boolean hasNote = rs.getInt(13) != 0;
        String tagsText = rs.getString(14);
        String addedAt = rs.getString(15);
        String summary = rs.getString(16);
        String byline = PaperRow.byline(organization, count, named, firstAuthor);
        boolean abbreviated = organization != null && !organization.isBlank() && handle != null
                && !handle.isBlank() && !handle.equals(organization);
        return new PaperRow(id, title, summary == null || summary.isBlank() ? null : summary,
                bylines.computeIfAbsent(byline, b -> b),
                abbreviated ? bylines.computeIfAbsent(handle, h -> h) : null,
                published == null || published.isEmpty() ? null : dates.computeIfAbsent(published, PublishedDate::parse),
                upvotes, comments, read, hasCode, hasNote,
                tagsText == null || tagsText.isEmpty() ? List.of() : tags.computeIfAbsent(tagsText, PaperRepository::tagsOf),
                addedAt == null || addedAt.isEmpty() ? null : instants.computeIfAbsent(addedAt, Instant::parse));
    }

    static long version(ResultSet rs) throws SQLException {
        return rs.getLong(VERSION);
    }
}
