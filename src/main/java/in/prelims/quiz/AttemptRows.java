package in.prelims.quiz;

import java.util.UUID;

/**
 * An attempt's question rows (unanswered, in the paper's option order) written with one INSERT of
 * many rows: generated ids rule out JDBC batching, and a scheduled mock starts a thousand attempts
 * of a hundred questions at once.
 */
final class AttemptRows {

    /** Rows per statement; 200 is the most a question request may ask for. */
    private static final int PER_STATEMENT = 200;

    private AttemptRows() {}

    static void insert(UUID attempt, int questions) {
        for (int from = 0; from < questions; from += PER_STATEMENT) {
            StringBuilder sql =
                    new StringBuilder("INSERT INTO attempt_question (attempt_id, position, marked) VALUES ");
            for (int i = from; i < Math.min(questions, from + PER_STATEMENT); i++) {
                sql.append(i == from ? "" : ", ")
                        .append("(:attempt, ")
                        .append(i)
                        .append(", FALSE)");
            }
            QuizAttempt.getEntityManager()
                    .createNativeQuery(sql.toString())
                    .setParameter("attempt", attempt)
                    .executeUpdate();
        }
    }
}
