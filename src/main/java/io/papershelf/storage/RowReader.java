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
    private final Map<String, PublishedDate> dates = new HashMap<>();
    private final Map<String, Instant> instants = new HashMap<>();
    private final Map<String, String> bylines = new HashMap<>();
    private final Map<String, List<String>> tags = new HashMap<>();

    /** The row at the cursor; its version is column 13. */
    PaperRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String title = rs.getString(2);
        String organization = rs.getString(3);
        int authorCount = rs.getInt(4);
        Integer count = rs.wasNull() ? null : authorCount;
        int named = rs.getInt(5);
        String published = rs.getString(6);
        int upvoteValue = rs.getInt(7);
        Integer upvotes = rs.wasNull() ? null : upvoteValue;
        int comments = rs.getInt(8);
        boolean read = rs.getInt(9) != 0;
        boolean hasCode = rs.getInt(10) != 0;
        String tagsText = rs.getString(11);
        String addedAt = rs.getString(12);
        String byline = PaperRow.byline(organization, count, named);
        return new PaperRow(id, title, bylines.computeIfAbsent(byline, b -> b),
                published == null || published.isEmpty() ? null : dates.computeIfAbsent(published, PublishedDate::parse),
                upvotes, comments, read, hasCode,
                tagsText == null || tagsText.isEmpty() ? List.of() : tags.computeIfAbsent(tagsText, PaperRepository::tagsOf),
                addedAt == null || addedAt.isEmpty() ? null : instants.computeIfAbsent(addedAt, Instant::parse));
    }

    static long version(ResultSet rs) throws SQLException {
        return rs.getLong(13);
    }
}
