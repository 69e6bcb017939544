package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;

/** The highlights table (passages of a paper's title or abstract) and the names of their colours. */
public final class HighlightRepository {
    private static final String COLUMNS = "id, paper_id, field, start, quote, color, comment, created_at";
    private final Connection c;

    public HighlightRepository(Connection connection) {
        this.c = connection;
    }

    /** A paper's highlights in the order they were made. */
    public List<Highlight> of(long paperId) throws SQLException {
        List<Highlight> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlights WHERE paper_id = ? "
                + "ORDER BY id")) {
            ps.setLong(1, paperId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** Every highlight by paper id, for export. */
    public Map<Long, List<Highlight>> all() throws SQLException {
        Map<Long, List<Highlight>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlights ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong("paper_id"), k -> new ArrayList<>()).add(read(rs));
            }
        }
        return out;
    }

    public Optional<Highlight> find(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlights WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The paper a highlight belongs to. */
    public Optional<Long> paperOf(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT paper_id FROM highlights WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Stores a highlight; with an id of 0 it gets a new one, else it keeps its own (an undone delete). */
    public Highlight insert(long paperId, Highlight h, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO highlights (id, paper_id, field, start, quote, "
                + "color, comment, created_at, changed_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")) {
            if (h.id() > 0) {
                ps.setLong(1, h.id());
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setLong(2, paperId);
            ps.setString(3, h.field().key());
            ps.setInt(4, h.start());
            ps.setString(5, h.quote());
            ps.setInt(6, h.color());
            ps.setString(7, h.comment());
            ps.setString(8, (h.createdAt() == null ? now : h.createdAt()).toString());
            ps.setString(9, now.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return h.withId(rs.getLong(1));
            }
        }
    }

    public void setComment(long id, String comment, Instant now) throws SQLException {
        update(id, "comment", comment, now);
    }

    public void setColor(long id, int color, Instant now) throws SQLException {
        update(id, "color", color, now);
    }

    /** Sets one column ({@code comment} or {@code color}) and the change time. */
    private void update(long id, String column, Object value, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE highlights SET " + column + " = ?, changed_at = ? "
                + "WHERE id = ?")) {
            ps.setObject(1, value);
            ps.setString(2, now.toString());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void delete(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM highlights WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public HighlightColors colors() throws SQLException {
        List<String> names = new ArrayList<>(HighlightColors.DEFAULT.names());
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT color, name FROM highlight_colors ORDER BY color")) {
            while (rs.next()) {
                int color = rs.getInt(1);
                if (color >= 0 && color < HighlightColors.COUNT) {
                    names.set(color, rs.getString(2));
                }
            }
        }
        return new HighlightColors(names);
    }

    public void setColorName(int color, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO highlight_colors (color, name) VALUES (?, ?) "
                + "ON CONFLICT (color) DO UPDATE SET name = excluded.name")) {
            ps.setInt(1, color);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    private static Highlight read(ResultSet rs) throws SQLException {
        return new Highlight(rs.getLong("id"), Highlight.Field.of(rs.getString("field")), rs.getInt("start"),
                rs.getString("quote"), rs.getInt("color"), rs.getString("comment"),
                SqlValues.instant(rs.getString("created_at")));
    }
}
