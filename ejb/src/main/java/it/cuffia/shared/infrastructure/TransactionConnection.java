package it.cuffia.shared.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Connection;

/**
 * The JDBC connection of the current transaction, for what JPA cannot say (PostgreSQL's COPY, a transaction's own
 * settings): the connection the entity manager's statements run on, in the same transaction.
 * EclipseLink joins a transaction's connection early (persistence.xml, {@code eclipselink.transaction.join-existing})
 * but takes it from the pool at the transaction's first statement: before that {@code unwrap(Connection.class)} answers
 * null, so a transaction that starts with its JDBC work runs one trivial statement first.
 */
public final class TransactionConnection {

    private TransactionConnection() {
    }

    public static Connection of(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            em.createNativeQuery("select 1").getSingleResult();
            connection = em.unwrap(Connection.class);
        }
        if (connection == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        return connection;
    }
}
