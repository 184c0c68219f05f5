package it.cuffia.shared.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Many rows into one table on the caller's connection (so in its transaction): PostgreSQL's
 * {@code COPY … FROM STDIN} through the driver's CopyManager (one round trip for a whole table's rows,
 * no statement per row), elsewhere (H2) one prepared INSERT sent as a JDBC batch. Values are Long,
 * Integer, String, Boolean, BigDecimal, LocalDate, Instant or null. Ids come from {@link #ids}, in blocks of the entities'
 * sequence, so rows written here and entities written by JPA never share an id.
 */
public final class BulkInsert {

    /** The entities' sequence and its increment: EclipseLink takes {@code v-49 … v} for each value {@code v} it reads. */
    private static final String SEQUENCE = "cuffia_seq";
    private static final int BLOCK = 50;

    private final Connection connection;
    private final boolean postgres;
    private final boolean copy;

    private BulkInsert(Connection connection, boolean postgres, boolean copy) {
        this.connection = connection;
        this.postgres = postgres;
        this.copy = copy;
    }

    /** On PostgreSQL, COPY when the pool lets the driver's connection be reached (else JDBC batches, as on H2). */
    public static BulkInsert on(Connection connection) {
        boolean postgres = DatabaseProduct.isPostgres(connection);
        try {
            return new BulkInsert(connection, postgres, postgres && PgCopy.available(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the driver's connection", e);
        }
    }

    /**
     * {@code count} fresh ids from the entities' sequence, in the same blocks as EclipseLink's
     * preallocation (each value {@code v} of the sequence owns {@code v-49 … v}).
     */
    public Ids ids(int count) {
        List<Long> tops = new ArrayList<>();
        int blocks = (count + BLOCK - 1) / BLOCK;
        if (blocks == 0) {
            return new Ids(tops);
        }
        try {
            if (postgres) {
                try (PreparedStatement select = connection.prepareStatement("select nextval('" + SEQUENCE + "') from generate_series(1, ?)")) {
                    select.setInt(1, blocks);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            tops.add(rows.getLong(1));
                        }
                    }
                }
            } else {
                try (PreparedStatement select = connection.prepareStatement("select next value for " + SEQUENCE)) {
                    for (int i = 0; i < blocks; i++) {
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            tops.add(rows.getLong(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sequence " + SEQUENCE, e);
        }
        return new Ids(tops);
    }

    /** Ids handed out one at a time from whole blocks of the sequence. */
    public static final class Ids {

        private final List<Long> tops;
        private int block;
        private long next;
        private long last = -1;

        Ids(List<Long> tops) {
            this.tops = tops;
        }

        public long next() {
            if (next > last) {
                if (block == tops.size()) {
                    throw new IllegalStateException("more ids taken than allocated");
                }
                last = tops.get(block++);
                next = last - BLOCK + 1;
            }
            return next++;
        }
    }

    /** Inserts the rows (each as many values as {@code columns}) into {@code table}. */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            if (copy) {
                copy(table, columns, rows);
            } else {
                batch(table, columns, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert " + rows.size() + " rows into " + table + ": " + e.getMessage(), e);
        }
    }

    private void batch(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i];
                    insert.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                }
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csvValue(csv, row[i]);
            }
            csv.append('\n');
        }
        PgCopy.in(connection, "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)", csv.toString());
    }

    /** CSV as COPY reads it: null is nothing, text is always quoted (so an empty text is not null, and "\." is no end mark). */
    static void csvValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        } else if (value instanceof Instant instant) {
            csv.append(instant); // ISO 8601 in UTC ("…Z"), which timestamptz reads
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean || value instanceof java.time.LocalDate) {
            csv.append(value); // LocalDate as yyyy-MM-dd, which date reads
        } else if (value instanceof java.math.BigDecimal number) {
            csv.append(number.toPlainString());
        } else {
            throw new IllegalArgumentException("no bulk value for " + value.getClass());
        }
    }

    /** Touches the PostgreSQL driver only on PostgreSQL (on H2 the server may not have it). */
    private static final class PgCopy {

        static boolean available(Connection connection) throws SQLException {
            return connection.isWrapperFor(org.postgresql.PGConnection.class);
        }

        static void in(Connection connection, String sql, String data) throws SQLException {
            org.postgresql.PGConnection pg = connection.unwrap(org.postgresql.PGConnection.class);
            try {
                pg.getCopyAPI().copyIn(sql, new StringReader(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
