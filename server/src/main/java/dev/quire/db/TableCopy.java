package dev.quire.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies a table's rows between two databases with the same schema but different engines (H2 or
 * SQLite into SQLite or PostgreSQL). Values are converted to what the target column declares, since
 * engines disagree on representations: SQLite hands back a {@code boolean} column as an integer,
 * which PostgreSQL refuses for a {@code boolean} parameter. Runs in the caller's transaction.
 */
public final class TableCopy {
    private static final int BATCH = 500;

    private TableCopy() {}

    /** Copies every row of {@code table}; returns how many. */
    public static int copy(Connection from, Connection to, String table) throws SQLException {
        try (Statement select = from.createStatement(); ResultSet rows = select.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                names.append(c > 1 ? ", " : "").append(meta.getColumnName(c).toLowerCase(Locale.ROOT));
                marks.append(c > 1 ? ", ?" : "?");
            }
            List<Integer> types = targetTypes(to, table, meta);
            int count = 0;
            try (PreparedStatement insert = to.prepareStatement(
                    "insert into " + table + " (" + names + ") values (" + marks + ")")) {
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        bind(insert, c, rows.getObject(c), types.get(c - 1));
                    }
                    insert.addBatch();
                    if (++count % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return count;
        }
    }

    /** Whether the table has at least one row. */
    public static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select 1 from " + table + " limit 1")) {
            return r.next();
        }
    }

    private static void bind(PreparedStatement insert, int index, Object value, int targetType) throws SQLException {
        if (value == null) {
            insert.setNull(index, targetType);
        } else if (value instanceof java.sql.Clob clob) {
            insert.setString(index, clob.getSubString(1, (int) clob.length()));
        } else if ((targetType == Types.BOOLEAN || targetType == Types.BIT) && value instanceof Number n) {
            insert.setBoolean(index, n.longValue() != 0);
        } else if (targetType == Types.BIGINT && value instanceof Number n) {
            insert.setLong(index, n.longValue());
        } else if (targetType == Types.INTEGER && value instanceof Number n) {
            insert.setInt(index, n.intValue());
        } else {
            insert.setObject(index, value);
        }
    }

    /** The target's column types, in the order of the source's columns (the two may list them differently). */
    private static List<Integer> targetTypes(Connection to, String table, ResultSetMetaData source) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        try (Statement s = to.createStatement(); ResultSet r = s.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = r.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                byName.put(meta.getColumnName(c).toLowerCase(Locale.ROOT), meta.getColumnType(c));
            }
        }
        List<Integer> types = new ArrayList<>();
        for (int c = 1; c <= source.getColumnCount(); c++) {
            Integer type = byName.get(source.getColumnName(c).toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new SQLException("column " + source.getColumnName(c) + " of " + table + " is missing in the target");
            }
            types.add(type);
        }
        return types;
    }
}
