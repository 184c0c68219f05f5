package it.cuffia.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Memory for one transaction's sorts and hash tables. PostgreSQL plans a GROUP BY over tens of thousands of rows as an
 * external sort when it guesses (from column statistics) that the groups may outgrow {@code work_mem} (4 MB by
 * default), even when they are a few thousand: with more memory for the transaction it groups them in a hash table
 * instead (bench/batch.sh: the day's calls of 500 agents, ~0.2 s a day as a sort spilled to disk, ~0.01 s hashed).
 * {@code SET LOCAL} ends with the transaction, so the pooled connection goes back as it was. Elsewhere (H2) nothing.
 */
public final class SqlMemory {

    private SqlMemory() {
    }

    /** {@code work_mem} for the rest of the caller's transaction on PostgreSQL, e.g. "64MB". */
    public static void forThisTransaction(Connection connection, String workMem) {
        if (!workMem.matches("\\d+MB")) {
            throw new IllegalArgumentException("work_mem " + workMem);
        }
        if (!DatabaseProduct.isPostgres(connection)) {
            return;
        }
        try (Statement set = connection.createStatement()) {
            set.execute("set local work_mem = '" + workMem + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set work_mem", e);
        }
    }
}
