package in.prelims.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test, created with the role named by QUIZ_TEST_PG_USER through
 * QUIZ_TEST_PG_ADMIN_URL (.ci/run sets both and starts the cluster). Without them the test is skipped,
 * unless QUIZ_TEST_PG_REQUIRED=1 (as in CI), which makes it fail instead.
 */
public final class TestPostgres implements AutoCloseable {

    private final String name =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String adminUrl;

    private TestPostgres(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public static TestPostgres create() throws SQLException {
        String adminUrl = System.getenv("QUIZ_TEST_PG_ADMIN_URL");
        if (adminUrl == null) {
            if ("1".equals(System.getenv("QUIZ_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("QUIZ_TEST_PG_ADMIN_URL is not set; run the tests with .ci/run");
            }
            Assumptions.abort("no PostgreSQL for tests (QUIZ_TEST_PG_ADMIN_URL); .ci/run provides one");
        }
        TestPostgres db = new TestPostgres(adminUrl);
        db.execute("CREATE DATABASE " + db.name);
        return db;
    }

    /** The JDBC URL of this database. */
    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public static String user() {
        return System.getenv("QUIZ_TEST_PG_USER");
    }

    public static String password() {
        return System.getenv("QUIZ_TEST_PG_PASSWORD");
    }

    /** A connection to this database, for checking what the apps stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
