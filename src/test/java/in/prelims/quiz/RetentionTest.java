package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Guests who never signed up lose their quizzes after the retention period; accounts keep theirs. */
@QuarkusTest
class RetentionTest {

    @Inject
    RetentionJob job;

    @Inject
    QuizConfig config;

    @Inject
    EntityManager db;

    @Test
    void oldGuestDataGoesAndEverythingElseStays() {
        QuizClient away = new QuizClient();
        String old = start(away);
        String older = start(away);
        away.submit(older).then().statusCode(200);
        String recentGuest = start(new QuizClient());
        QuizClient member = new QuizClient();
        String memberQuiz = start(member);
        UUID oldPaper = paperOf(old);

        Instant longAgo = Instant.now().minus(config.retention().guests()).minus(Duration.ofDays(1));
        QuarkusTransaction.requiringNew().run(() -> {
            db.createNativeQuery("INSERT INTO app_user (username, password, role, created_at) "
                            + "VALUES ('kept-member', 'x', 'user', ?1)")
                    .setParameter(1, Instant.now())
                    .executeUpdate();
            Long userId = ((Number) db.createNativeQuery("SELECT id FROM app_user WHERE username = 'kept-member'")
                            .getSingleResult())
                    .longValue();
            db.createNativeQuery("UPDATE quiz_attempt SET user_id = ?1, guest_key = NULL WHERE id = ?2")
                    .setParameter(1, userId)
                    .setParameter(2, UUID.fromString(memberQuiz))
                    .executeUpdate();
            for (String id : new String[] {old, older, memberQuiz}) {
                db.createNativeQuery(
                                "UPDATE quiz_attempt SET started_at = ?1, deadline = ?1, "
                                        + "submitted_at = CASE WHEN submitted_at IS NULL THEN NULL ELSE CAST(?1 AS TIMESTAMP WITH TIME ZONE) END WHERE id = ?2")
                        .setParameter(1, longAgo)
                        .setParameter(2, UUID.fromString(id))
                        .executeUpdate();
            }
            db.createNativeQuery("UPDATE paper SET created_at = ?1")
                    .setParameter(1, longAgo)
                    .executeUpdate();
        });

        assertThat(job.removeOldGuestData()).isGreaterThanOrEqualTo(2);

        assertThat(exists(old)).isFalse();
        assertThat(exists(older)).isFalse();
        assertThat(exists(recentGuest)).isTrue();
        assertThat(exists(memberQuiz)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM paper WHERE id = '" + oldPaper + "'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM paper_question WHERE paper_id = '" + oldPaper + "'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = '" + old + "'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM paper WHERE id = '" + paperOf(memberQuiz) + "'"))
                .isOne();
        assertThat(job.removeOldGuestData()).isZero();
    }

    private static String start(QuizClient client) {
        return client.start("{\"count\": 2, \"timeLimitSeconds\": 600}").getString("id");
    }

    private boolean exists(String id) {
        return count("SELECT COUNT(*) FROM quiz_attempt WHERE id = '" + id + "'") == 1;
    }

    private UUID paperOf(String attempt) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(attempt)).paper.id);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) db.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
