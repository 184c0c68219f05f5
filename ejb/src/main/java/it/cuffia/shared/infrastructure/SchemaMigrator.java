package it.cuffia.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deploy, before anything else touches the database.
 * Flyway owns the schema on H2 and PostgreSQL alike; EclipseLink never generates it.
 * <p>
 * One migration set, {@code db/migration}, runs on both. A version that must say a thing differently on each
 * (PostgreSQL's trigram and partial indexes, which H2 has not) lives instead once in each vendor folder,
 * {@code db/vendor/postgresql} and {@code db/vendor/h2}, with the same version number: each database reads its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/cuffia")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now, database "
                + result.database + ")");
    }

    /** The vendor folder of this database: "postgresql" or "h2". */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.equalsIgnoreCase("PostgreSQL")) {
                return "postgresql";
            }
            if (product.equalsIgnoreCase("H2")) {
                return "h2";
            }
            throw new IllegalStateException("Cuffia runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be reached to migrate its schema", e);
        }
    }
}
