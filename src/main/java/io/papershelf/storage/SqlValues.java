package io.papershelf.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Nullable values in and out of JDBC: dates and instants are ISO text. */
final class SqlValues {
    private SqlValues() {
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static Instant instant(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
