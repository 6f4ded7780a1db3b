package dev.viva.people;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Searches every table of a schema (each row as text, every column) for a string: where it still is, and how often. */
public final class TableSearch {

    private TableSearch() {
    }

    public static Map<String, Long> find(AgroalDataSource db, String schema, String needle) throws SQLException {
        try (Connection c = db.getConnection()) {
            return find(c, schema, needle);
        }
    }

    /** The same over any connection (a process under test has no data source in this JVM). */
    public static Map<String, Long> find(Connection c, String schema, String needle) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
        }
        for (String table : tables) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM \"" + schema + "\".\"" + table
                    + "\" t WHERE strpos(lower(t::text), lower(?)) > 0")) {
                s.setString(1, needle);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        found.put(table, r.getLong(1));
                    }
                }
            }
        }
        if (tables.size() < 20) {
            throw new IllegalStateException("only " + tables.size() + " tables in " + schema + ": wrong schema?");
        }
        return found;
    }

    public static long count(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public static void execute(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    /** The rows of one table that hold the string, as text (for a failure's message). */
    public static List<String> rows(AgroalDataSource db, String schema, String table, String needle) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT t::text FROM \"" + schema
                + "\".\"" + table + "\" t WHERE strpos(lower(t::text), lower(?)) > 0 LIMIT 5")) {
            s.setString(1, needle);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }
}
