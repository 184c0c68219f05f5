package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk rows on H2 (JDBC batches), the CSV that COPY reads on PostgreSQL, and ids in the entities' sequence blocks. */
class BulkInsertTest {

    private Connection connection;

    @BeforeEach
    void database() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:bulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create sequence cuffia_seq start with 1000 increment by 50");
            ddl.execute("create table note (id bigint primary key, body varchar(100), n integer, ok boolean, at timestamp with time zone)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop all objects");
        }
        connection.close();
    }

    @Test
    void idsComeInTheBlocksEclipseLinkTakesForEachValueOfTheSequence() throws SQLException {
        BulkInsert bulk = BulkInsert.on(connection);
        BulkInsert.Ids ids = bulk.ids(51);

        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            taken.add(ids.next());
        }

        // the sequence gave 1000 and 1050: EclipseLink's blocks 951–1000 and 1001–1050
        assertEquals(LongStream.rangeClosed(951, 1001).boxed().toList(), taken);
        assertThrows(IllegalStateException.class, () -> LongStream.range(0, 50).forEach(i -> ids.next()));
        try (Statement select = connection.createStatement(); ResultSet next = select.executeQuery("select next value for cuffia_seq")) {
            next.next();
            assertEquals(1100, next.getLong(1), "the next block is someone else's");
        }
    }

    @Test
    void rowsAreWrittenWithTheirNullsQuotesAndInstants() throws SQLException {
        Instant at = Instant.parse("2026-03-10T09:00:00.123456Z");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, "Dice \"sì\"; poi\nbasta", 7, true, at});
        rows.add(new Object[] {2L, null, null, null, null});
        rows.add(new Object[] {3L, "", 0, false, at});

        BulkInsert.on(connection).insert("note", List.of("id", "body", "n", "ok", "at"), rows);

        List<String> stored = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("select id, body, n, ok, at from note order by id")) {
            while (row.next()) {
                stored.add(row.getLong(1) + "|" + row.getString(2) + "|" + row.getObject(3) + "|" + row.getObject(4) + "|"
                        + (row.getObject(5) == null ? null : row.getObject(5, java.time.OffsetDateTime.class).toInstant()));
            }
        }
        assertEquals(List.of("1|Dice \"sì\"; poi\nbasta|7|true|" + at, "2|null|null|null|null", "3||0|false|" + at), stored);
    }

    @Test
    void copyReadsNullAsNothingAndTextAlwaysQuoted() {
        StringBuilder csv = new StringBuilder();
        for (Object value : new Object[] {null, "", "a \"b\", c\n\\.", 42L, 7, true, Instant.parse("2026-03-10T09:00:00Z"),
                new java.math.BigDecimal("1E+3").setScale(2), java.time.LocalDate.of(2025, 6, 1)}) {
            BulkInsert.csvValue(csv, value);
            csv.append(',');
        }

        assertEquals(",\"\",\"a \"\"b\"\", c\n\\.\",42,7,true,2026-03-10T09:00:00Z,1000.00,2025-06-01,", csv.toString());
        assertThrows(IllegalArgumentException.class, () -> BulkInsert.csvValue(new StringBuilder(), new Object()));
    }
}
