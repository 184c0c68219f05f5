package it.cuffia.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a connection talks to, where SQL must differ between PostgreSQL (production) and H2 (the demo). */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgres(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }
}
