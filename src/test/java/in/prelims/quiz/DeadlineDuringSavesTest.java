package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.marking.Marking;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The deadline passes while answers are being saved, with the expiry job running all the while:
 * every save is either acknowledged and kept, or refused as late and left out; the score counts
 * exactly the acknowledged answers.
 */
@QuarkusTest
class DeadlineDuringSavesTest {

    private static final int QUESTIONS = 25;
    /** Long enough for the early saves on a busy machine; the late saves are timed from the deadline. */
    private static final int TIME_LIMIT_SECONDS = 10;
    /** The late saves run from this long before the deadline to this long after the grace. */
    private static final Duration AROUND = Duration.ofMillis(1500);

    private static final int IN_FLIGHT = 4;
    /** The real job runs every 15 s (in a request context, as here); here it runs all the time the saves do. */
    private static final Duration JOB_PAUSE = Duration.ofMillis(20);

    @Inject
    AutoSubmitJob job;

    @Inject
    QuizConfig config;

    @TestHTTPResource("/")
    URI app;

    /** One save and what came back; {@code early} saves are made at the start, long before the deadline. */
    record Save(int index, int option, boolean early, CompletableFuture<Saver.Reply> reply) {}

    @Test
    void eachSaveIsKeptIfAcknowledgedOrRefusedAsLateAndTheJobScoresExactlyTheKeptOnes() throws Exception {
        // Warm-up outside the timed quiz: the first JsonPath evaluations (Groovy) take seconds on a busy machine.
        Saver.startQuiz(app, new QuizClient(), "{\"count\": 2, \"timeLimitSeconds\": 60, \"marking\": \"upsc-gs\"}")
                .started()
                .getList("questions.options");
        Saver saver = Saver.startQuiz(
                app,
                new QuizClient(),
                "{\"count\": " + QUESTIONS + ", " + "\"timeLimitSeconds\": " + TIME_LIMIT_SECONDS
                        + ", \"marking\": \"upsc-gs\"}");
        JsonPath started = saver.started();
        String id = started.getString("id");
        // A paper never repeats a fact, so it may be a little shorter than asked for.
        int questions = started.getList("questions").size();
        Instant deadline = Instant.parse(started.getString("deadline"));
        List<Save> saves = new ArrayList<>();
        for (int index = 0; index < questions; index += 2) {
            Save early = new Save(index, 0, true, new CompletableFuture<>());
            early.reply().complete(saver.put(id, index, "{\"option\": 0}"));
            saves.add(early);
        }
        assertThat(saves)
                .allSatisfy(s -> assertThat(s.reply().get().status())
                        .as(
                                "early save to question %d: %s",
                                s.index(), s.reply().get().body())
                        .isEqualTo(204));
        // One JsonPath query, after the early saves: each query costs a Groovy evaluation, and the clock runs.
        List<Integer> optionCounts = started.<List<?>>getList("questions.options").stream()
                .map(List::size)
                .toList();

        Instant first = deadline.minus(AROUND);
        Duration span = Duration.between(first, deadline.plus(config.grace()).plus(AROUND));
        ScheduledExecutorService tabs = Executors.newScheduledThreadPool(IN_FLIGHT);
        AtomicBoolean saving = new AtomicBoolean(true);
        CompletableFuture<Void> expiryJob = CompletableFuture.runAsync(() -> {
            ManagedContext scheduled = Arc.container().requestContext();
            scheduled.activate();
            try {
                while (saving.get()) {
                    job.submitExpired();
                    LockSupport.parkNanos(JOB_PAUSE.toNanos());
                }
            } finally {
                scheduled.terminate();
            }
        });
        try {
            List<ScheduledFuture<?>> planned = new ArrayList<>();
            for (int index = 0; index < questions; index++) {
                Save late =
                        new Save(index, 1 + index % (optionCounts.get(index) - 1), false, new CompletableFuture<>());
                saves.add(late);
                Instant at = first.plus(span.multipliedBy(index).dividedBy(questions - 1));
                long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
                planned.add(tabs.schedule(
                        () -> late.reply().complete(send(saver, id, late)), delay, TimeUnit.MILLISECONDS));
            }
            for (ScheduledFuture<?> p : planned) {
                p.get();
            }
        } finally {
            saving.set(false);
            tabs.shutdownNow();
        }
        expiryJob.get();
        job.submitExpired();

        List<Save> late = saves.stream().filter(s -> !s.early()).toList();
        for (Save s : late) {
            Saver.Reply reply = s.reply().get();
            assertThat(reply.status())
                    .as("question " + s.index() + ": " + reply.body())
                    .isIn(204, 409);
            if (reply.status() == 409) {
                assertThat(reply.body()).contains("Time is up").contains("after the deadline");
            }
        }
        assertThat(late).as("some late saves were acknowledged").anyMatch(s -> status(s) == 204);
        assertThat(late).as("some late saves were refused").anyMatch(s -> status(s) == 409);

        QuizAttempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt a = QuizAttempt.<QuizAttempt>findById(UUID.fromString(id));
            a.questions.size();
            return a;
        });
        assertThat(attempt.submittedBy).isEqualTo(QuizService.BY_SERVER);
        List<Integer> keys = QuizClient.keys(id);
        int correct = 0;
        int wrong = 0;
        for (int index = 0; index < questions; index++) {
            Integer kept = lastAcknowledged(saves, index);
            assertThat(attempt.questions.get(index).chosen)
                    .as("question " + index)
                    .isEqualTo(kept);
            if (kept != null && kept.equals(keys.get(index))) {
                correct++;
            } else if (kept != null) {
                wrong++;
            }
        }
        assertThat(attempt.correctCount).isEqualTo(correct);
        assertThat(attempt.wrongCount).isEqualTo(wrong);
        assertThat(attempt.unattemptedCount).isEqualTo(questions - correct - wrong);
        assertThat(attempt.score)
                .isEqualTo(Marking.UPSC_GS
                        .correct()
                        .times(correct)
                        .minus(Marking.UPSC_GS.wrong().times(wrong))
                        .toString());
    }

    private static Saver.Reply send(Saver saver, String id, Save save) {
        try {
            return saver.put(id, save.index(), "{\"option\": " + save.option() + "}");
        } catch (Exception e) {
            return new Saver.Reply(-1, e.toString());
        }
    }

    /** The option of the last save to the question that got 204; a question's saves never overlap. */
    private static Integer lastAcknowledged(List<Save> saves, int index) {
        Integer kept = null;
        for (Save s : saves) {
            if (s.index() == index && status(s) == 204) {
                kept = s.option();
            }
        }
        return kept;
    }

    private static int status(Save save) {
        return save.reply().join().status();
    }
}
