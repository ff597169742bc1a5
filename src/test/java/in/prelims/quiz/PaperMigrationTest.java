package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V4 moves the questions of attempts stored before papers into a paper each; their answers stay. */
class PaperMigrationTest {

    private static final String URL = "jdbc:h2:mem:paper-migration;DB_CLOSE_DELAY=-1";

    @Test
    void anAttemptStoredBeforePapersIsReadableAfterwards() throws SQLException {
        flyway("3").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO quiz_attempt (id, guest_key, started_at, deadline, time_limit_seconds, "
                    + "extra_seconds, marking_name, marking_correct, marking_wrong, seed, kinds, topics) VALUES "
                    + "('11111111-1111-4111-8111-111111111111', 'g', TIMESTAMP WITH TIME ZONE '2025-01-01 10:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2025-01-01 10:10:00+00', 600, 0, 'upsc-gs', '2', '2/3', 7, '', '')");
            for (int i = 0; i < 2; i++) {
                s.executeUpdate("INSERT INTO attempt_question (attempt_id, position, question_id, kind, stem, "
                        + "statements, options, answer, explanation, fact_ids, sources, topics, chosen) VALUES "
                        + "('11111111-1111-4111-8111-111111111111', " + i + ", 'q" + i + "', 'mcq', 'Stem " + i
                        + "', '[]', '[\"a\",\"b\",\"c\",\"d\"]', " + (i + 1) + ", 'Why', '[]', '[]', '[\"t\"]', "
                        + i + ")");
            }
        }
        flyway("latest").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT pq.stem, pq.answer, aq.chosen, aq.option_order FROM quiz_attempt a "
                                + "JOIN paper_question pq ON pq.paper_id = a.paper_id "
                                + "JOIN attempt_question aq ON aq.attempt_id = a.id AND aq.position = pq.position "
                                + "ORDER BY pq.position")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Stem 0");
            assertThat(r.getInt(2)).isEqualTo(1);
            assertThat(r.getInt(3)).isZero();
            assertThat(r.getString(4)).isNull();
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Stem 1");
            assertThat(r.getInt(2)).isEqualTo(2);
            assertThat(r.getInt(3)).isOne();
            assertThat(r.next()).isFalse();
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
