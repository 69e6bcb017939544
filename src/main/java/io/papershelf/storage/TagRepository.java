package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.papershelf.model.Tag;

/**
 * Tags and which papers carry them. After any change the papers' {@code tags_text} (what the list
 * shows and the search index reads) is refreshed for the papers touched.
 */
public final class TagRepository {
    private final Connection c;

    public TagRepository(Connection connection) {
        this.c = connection;
    }

    /** The tag's id, creating the tag when it does not exist (names compare without case). */
    public long ensure(String name) throws SQLException {
        Optional<Long> existing = idOf(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tags (name) VALUES (?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Long> idOf(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tags WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public void attach(Collection<Long> paperIds, long tagId) throws SQLException {
        forEachPaper("INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) VALUES (?, ?)", paperIds, tagId);
    }

    public void detach(Collection<Long> paperIds, long tagId) throws SQLException {
        forEachPaper("DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?", paperIds, tagId);
    }

    /** Runs a (paper, tag) statement for each paper in one batch, then refreshes those papers' tag text. */
    private void forEachPaper(String sql, Collection<Long> paperIds, long tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long id : paperIds) {
                ps.setLong(1, id);
                ps.setLong(2, tagId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        refreshTagsText(paperIds);
    }

    /** Papers carrying the tag (for refreshing them after a rename or delete). */
    public List<Long> papersWith(long tagId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT paper_id FROM paper_tags WHERE tag_id = ?")) {
            ps.setLong(1, tagId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    public void rename(long tagId, String newName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tags SET name = ? WHERE id = ?")) {
            ps.setString(1, newName);
            ps.setLong(2, tagId);
            ps.executeUpdate();
        }
        refreshTagsText(papersWith(tagId));
    }

    /** Moves every paper of {@code from} to {@code into} and deletes {@code from} (renaming onto an existing tag). */
    public void mergeInto(long from, long into) throws SQLException {
        List<Long> papers = papersWith(from);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id) SELECT paper_id, ? FROM paper_tags WHERE tag_id = ?")) {
            ps.setLong(1, into);
            ps.setLong(2, from);
            ps.executeUpdate();
        }
        delete(from);
        refreshTagsText(papers);
    }

    public List<Long> delete(long tagId) throws SQLException {
        List<Long> papers = papersWith(tagId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tags WHERE id = ?")) {
            ps.setLong(1, tagId);
            ps.executeUpdate();
        }
        refreshTagsText(papers);
        return papers;
    }

    public void setColor(long tagId, String color) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tags SET color = ? WHERE id = ?")) {
            ps.setString(1, color);
            ps.setLong(2, tagId);
            ps.executeUpdate();
        }
    }

    /** Every tag with the number of papers (not in the Trash) carrying it, by name. */
    public List<Tag> all() throws SQLException {
        return all(false);
    }

    /** The same, counting only unread papers when {@code unreadOnly}. */
    public List<Tag> all(boolean unreadOnly) throws SQLException {
        List<Tag> out = new ArrayList<>();
        // As ListingRepository.all: not among the papers in the Trash, from the narrow index.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, t.color, "
                + "(SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id "
                + " AND pt.paper_id NOT IN (SELECT id FROM papers WHERE deleted_at IS NOT NULL"
                + (unreadOnly ? " OR is_read = 1" : "") + ")) "
                + "FROM tags t ORDER BY t.name COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Tag(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    private void refreshTagsText(Collection<Long> paperIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE papers SET tags_text = coalesce((SELECT "
                + "group_concat(name, char(10)) FROM (SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                + "WHERE pt.paper_id = papers.id ORDER BY t.name COLLATE NOCASE)), '') WHERE id = ?")) {
            for (long id : paperIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
