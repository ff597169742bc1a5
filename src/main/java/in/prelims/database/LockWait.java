package in.prelims.database;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Gives every new pooled connection the configured lock wait, in its database's own words. */
@ApplicationScoped
class LockWait implements AgroalPoolInterceptor {

    @Inject
    DatabaseConfig config;

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(setting(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the lock wait on a new database connection", e);
        }
    }

    private String setting(String product) {
        long millis = config.lockWait().toMillis();
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return "SET lock_timeout = " + millis;
        }
        if (name.contains("h2")) {
            return "SET LOCK_TIMEOUT " + millis;
        }
        throw new IllegalStateException("unsupported database " + product + "; use H2 or PostgreSQL");
    }
}
