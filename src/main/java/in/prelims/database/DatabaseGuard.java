package in.prelims.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Checks the database before anything else opens it, then migrates it. A truncated or emptied H2
 * file, or tables without migration history, stop start-up with one message and leave the data as
 * it was; migrating would write over it. See docs/operations.md, "What start-up checks".
 */
@ApplicationScoped
class DatabaseGuard {

    private static final String RESTORE = " Nothing was changed. Keep this file, restore the latest backup into a fresh"
            + " folder and point the app at it (docs/operations.md, \"Restore\").";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Inject
    @Readiness
    DatabaseHealth health;

    /** First of all start-up work: the fact base, the session key check and the jobs come after. */
    void onStart(@Observes @Priority(-1000) StartupEvent started) throws IOException, SQLException {
        for (H2File file : H2File.of(url).stream().toList()) {
            file.problem()
                    .ifPresent(problem ->
                            refuse("The database file " + file.path() + " cannot be used: " + problem + "." + RESTORE));
        }
        List<String> unversioned = tablesWithoutHistory();
        if (!unversioned.isEmpty()) {
            refuse("The database at " + url.split(";", 2)[0] + " has tables (" + String.join(", ", unversioned)
                    + ") but no migration history (flyway_schema_history): a restore that lost it, or a URL naming"
                    + " another database. Migrating it would mix two schemas." + RESTORE);
        }
        flyway.migrate();
        health.migrated();
    }

    /** The tables of the connection's schema when it has no flyway_schema_history; empty otherwise. */
    private List<String> tablesWithoutHistory() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (table.toLowerCase(Locale.ROOT).equals("flyway_schema_history")) return List.of();
                tables.add(table);
            }
        }
        return tables.size() > 5 ? List.of(String.join(", ", tables.subList(0, 5)) + ", ...") : tables;
    }

    private static void refuse(String message) {
        Log.error(message);
        throw new UnusableDatabaseException(message);
    }
}
