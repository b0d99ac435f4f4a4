package org.villageplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small SQL helpers: every identifier is quoted, because layer and column names come from other tools. */
final class Sql {
    private Sql() {
    }

    /** {@code name} as a quoted SQLite identifier ("order" stays a column, not a keyword). */
    static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Runs {@code sql} once with {@code values} bound to its parameters in order (each by the driver's mapping of
     * its type; null binds NULL); returns the rows changed.
     */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
