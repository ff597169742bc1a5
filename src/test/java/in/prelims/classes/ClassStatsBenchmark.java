package in.prelims.classes;

import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Not a unit test (the name keeps it out of surefire's default run): the results page of a paper with
 * 500 submitted students x 100 items, cold (the figures computed after a submit) and warm (cached),
 * timed over HTTP. Run with bench/class-stats-benchmark.sh.
 */
@QuarkusTest
class ClassStatsBenchmark {

    static final int STUDENTS = 500;
    static final int ITEMS = 100;
    static final int COLD_RUNS = 7;
    static final int WARM_RUNS = 30;

    @Inject
    AgroalDataSource db;

    @Inject
    PaperResults results;

    @Test
    void resultsPageOf500StudentsBy100Items() throws Exception {
        Person teacher =
                Person.signUp("bench-teacher-" + UUID.randomUUID().toString().substring(0, 6));
        long teacherId = QuarkusTransaction.requiringNew()
                .call(() -> in.prelims.account.Account.byUsername(teacher.name).orElseThrow().id);
        long[] ids = QuarkusTransaction.requiringNew().call(() -> paper(teacherId));
        String page = "/classes/" + ids[0] + "/papers/" + ids[1];
        seed(ids[1]);
        List<Long> cold = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            touch(ids[1], run);
            cold.add(time(teacher, page));
        }
        List<Long> warm = new ArrayList<>();
        for (int run = 0; run < WARM_RUNS; run++) {
            warm.add(time(teacher, page));
        }
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> computeCpu = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            touch(ids[1], COLD_RUNS + run);
            ClassPaper paper = QuarkusTransaction.requiringNew().call(() -> ClassPaper.findById(ids[1]));
            long start = cpu.getCurrentThreadCpuTime();
            results.of(paper);
            computeCpu.add((cpu.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        System.out.println("BENCH load="
                + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .trim() + " compute_cpu_ms_median=" + median(computeCpu) + " compute_cpu_ms_max="
                + max(computeCpu));
        System.out.println("BENCH students=" + STUDENTS + " items=" + ITEMS + " cold_ms_median=" + median(cold)
                + " cold_ms_max=" + max(cold) + " warm_ms_median=" + median(warm) + " warm_ms_max=" + max(warm)
                + " page_bytes="
                + teacher.http().accept(ContentType.HTML).get(page).asByteArray().length);
    }

    private static long[] paper(long teacherId) {
        SchoolClass c = new SchoolClass();
        c.teacherId = teacherId;
        c.name = "Benchmark class";
        c.joinCode = "B" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        c.createdAt = Instant.now();
        c.persist();
        ClassPaper p = new ClassPaper();
        p.classId = c.id;
        p.title = "Benchmark paper";
        p.settings = "";
        p.sets = 1;
        p.opensAt = Instant.now().minusSeconds(3600);
        p.closesAt = Instant.now().plusSeconds(3600);
        p.timeLimitSeconds = 7200;
        p.markingName = "upsc-gs";
        p.markingCorrect = "2";
        p.markingWrong = "2/3";
        p.createdAt = Instant.now();
        p.persist();
        for (int i = 0; i < ITEMS; i++) {
            PaperQuestion q = new PaperQuestion();
            q.paperId = p.id;
            q.setLetter = "A";
            q.position = i;
            q.item = i;
            q.optionOrder = "0,1,2,3";
            q.question = StoredQuestions.write(question(i));
            q.persist();
        }
        return new long[] {c.id, p.id};
    }

    private static Question question(int i) {
        return new Question(
                "bench-" + i,
                Kind.MCQ,
                "Which of the following is benchmark item " + i + "?",
                List.of(),
                List.of("Option one", "Option two", "Option three", "Option four"),
                i % 4,
                "Because.",
                List.of("fact-" + i),
                List.of(),
                List.of("topic-" + (i % 12)));
    }

    /** Students of varied ability: each answers right with a chance that grows with ability and falls with difficulty. */
    private void seed(long paperId) throws SQLException {
        Random random = new Random(42);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement user = c.prepareStatement(
                    "INSERT INTO app_user (username, password, role, created_at) VALUES (?, 'x', 'user', ?)",
                    new String[] {"id"});
            PreparedStatement attempt = c.prepareStatement(
                    "INSERT INTO quiz_attempt (id, user_id, started_at, deadline, time_limit_seconds, extra_seconds, marking_name, marking_correct, marking_wrong, seed, kinds, topics, submitted_at, submitted_by, score, max_score, correct_count, wrong_count, unattempted_count, paper_id) VALUES (?, ?, ?, ?, 7200, 0, 'upsc-gs', '2', '2/3', 0, '', '', ?, 'you', ?, '200', 0, 0, 0, ?)");
            PreparedStatement seat = c.prepareStatement(
                    "INSERT INTO class_seat (paper_id, user_id, set_letter, attempt_id) VALUES (?, ?, 'A', ?)");
            PreparedStatement answer =
                    c.prepareStatement("INSERT INTO attempt_question (attempt_id, position, chosen) VALUES (?, ?, ?)");
            Instant now = Instant.now();
            // Every student sits one stored paper, as a class set does.
            UUID paper = UUID.randomUUID();
            PreparedStatement paperRow =
                    c.prepareStatement("INSERT INTO paper (id, content_hash, created_at) VALUES (?, ?, ?)");
            paperRow.setObject(1, paper);
            paperRow.setString(2, "bench-" + paper);
            paperRow.setTimestamp(3, Timestamp.from(now));
            paperRow.executeUpdate();
            PreparedStatement paperQuestion = c.prepareStatement(
                    "INSERT INTO paper_question (paper_id, position, question_id, kind, stem, statements, options, answer, explanation, fact_ids, sources, topics) VALUES (?, ?, ?, 'mcq', 's', '[]', '[\"a\",\"b\",\"c\",\"d\"]', ?, 'e', '[]', '[]', '[]')");
            for (int i = 0; i < ITEMS; i++) {
                paperQuestion.setObject(1, paper);
                paperQuestion.setInt(2, i);
                paperQuestion.setString(3, "bench-" + i);
                paperQuestion.setInt(4, i % 4);
                paperQuestion.addBatch();
            }
            paperQuestion.executeBatch();
            for (int s = 0; s < STUDENTS; s++) {
                user.setString(
                        1, "bench-student-" + UUID.randomUUID().toString().substring(0, 12));
                user.setTimestamp(2, Timestamp.from(now));
                user.executeUpdate();
                var keys = user.getGeneratedKeys();
                keys.next();
                long userId = keys.getLong(1);
                UUID id = UUID.randomUUID();
                double ability = random.nextGaussian();
                int correct = 0;
                int wrong = 0;
                for (int i = 0; i < ITEMS; i++) {
                    double difficulty = (i % 10 - 4.5) / 3;
                    double p = 1 / (1 + Math.exp(-(ability - difficulty)));
                    Integer chosen = random.nextDouble() < 0.1
                            ? null
                            : random.nextDouble() < p ? i % 4 : (i % 4 + 1 + random.nextInt(3)) % 4;
                    correct += chosen != null && chosen == i % 4 ? 1 : 0;
                    wrong += chosen != null && chosen != i % 4 ? 1 : 0;
                    answer.setObject(1, id);
                    answer.setInt(2, i);
                    answer.setObject(3, chosen);
                    answer.addBatch();
                }
                attempt.setObject(1, id);
                attempt.setLong(2, userId);
                attempt.setTimestamp(3, Timestamp.from(now.minusSeconds(3600)));
                attempt.setTimestamp(4, Timestamp.from(now.plusSeconds(3600)));
                attempt.setTimestamp(5, Timestamp.from(now));
                attempt.setString(6, (correct * 6 - wrong * 2) + "/3");
                attempt.setObject(7, paper);
                attempt.executeUpdate();
                answer.executeBatch();
                seat.setLong(1, paperId);
                seat.setLong(2, userId);
                seat.setObject(3, id);
                seat.executeUpdate();
            }
            c.commit();
        }
    }

    /** Moves one submit time, as a new submit would, so the next view computes the figures afresh. */
    private void touch(long paperId, int run) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE quiz_attempt SET submitted_at = ? WHERE id = (SELECT MIN(attempt_id) FROM class_seat WHERE paper_id = ?)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().plusSeconds(run + 1)));
            s.setLong(2, paperId);
            s.executeUpdate();
        }
    }

    private static long time(Person teacher, String page) {
        long start = System.nanoTime();
        teacher.http().accept(ContentType.HTML).get(page).then().statusCode(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long max(List<Long> values) {
        return Arrays.stream(values.stream().mapToLong(Long::longValue).toArray())
                .max()
                .orElseThrow();
    }
}
