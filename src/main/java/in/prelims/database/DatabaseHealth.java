package in.prelims.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database has been checked and migrated, takes a write (rolled back), and, for an
 * H2 file, its disk has {@code database.min-free-space} free. A load balancer then stops sending
 * requests that could not be saved.
 */
@Readiness
@ApplicationScoped
class DatabaseHealth implements HealthCheck {

    /** Flyway creates its table with lower-case quoted names on H2 and PostgreSQL alike. */
    private static final String PROBE = "UPDATE \"flyway_schema_history\" SET \"installed_rank\" = \"installed_rank\""
            + " WHERE \"installed_rank\" = (SELECT MIN(\"installed_rank\") FROM \"flyway_schema_history\")";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    private volatile boolean migrated;

    void migrated() {
        migrated = true;
    }

    @Override
    public HealthCheckResponse call() {
        if (!migrated) return down("the database has not been checked and migrated yet");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement probe = connection.createStatement()) {
                probe.executeUpdate(PROBE);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return down("the database refuses writes: " + e.getMessage());
        }
        for (H2File file : H2File.of(url).stream().toList()) {
            long free = usableSpace(file.path().getParent());
            if (free < config.minFreeSpace().asLongValue()) {
                return down("only " + free / (1024 * 1024) + " MB free on the disk holding " + file.path());
            }
        }
        return HealthCheckResponse.up("database");
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("database")
                .down()
                .withData("reason", reason)
                .build();
    }
}
