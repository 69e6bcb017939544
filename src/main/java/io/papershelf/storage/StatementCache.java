package io.papershelf.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept open for the life of the connection, for the statements an import runs once per
 * paper: preparing one costs about as much as running it. Callers close the result sets, never the
 * statements; closing the connection closes them. Not thread-safe, like the connection's other users.
 */
final class StatementCache {
    private final Connection c;
    private final Map<String, PreparedStatement> open = new HashMap<>();

    StatementCache(Connection connection) {
        this.c = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = open.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            open.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }
}
