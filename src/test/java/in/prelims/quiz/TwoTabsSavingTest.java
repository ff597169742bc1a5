package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two tabs of one aspirant save answers to the same attempt at once, on questions of their own and
 * on shared ones. Every save is acknowledged, none is lost, and no question ends up with a mix of
 * two saves.
 */
@QuarkusTest
class TwoTabsSavingTest {

    private static final int QUESTIONS = 24;
    /** Questions 0-7 only the first tab answers, 8-15 only the second, the rest (up to 23) both. */
    private static final int OWN = 8;

    private static final int SAVES_PER_QUESTION = 6;
    /** A browser opens up to six connections to one host. */
    private static final int IN_FLIGHT_PER_TAB = 6;

    /** H2 gives up waiting for a row lock after about two seconds. */
    private static final Duration HELD_LONGER_THAN_H2_WAITS = Duration.ofSeconds(4);

    @TestHTTPResource("/")
    URI app;

    /** What one tab sent to one question, in order; each save waited for the one before. */
    record Sequence(int tab, int index, List<String> bodies) {
        String last() {
            return bodies.get(bodies.size() - 1);
        }
    }

    @Test
    void everySaveIsAcknowledgedAndEachQuestionKeepsTheLastSaveOfOneTab() throws Exception {
        QuizClient aspirant = new QuizClient();
        Saver saver = Saver.startQuiz(
                app,
                aspirant,
                "{\"count\": " + QUESTIONS + ", " + "\"timeLimitSeconds\": 3600, \"marking\": \"upsc-gs\"}");
        JsonPath started = saver.started();
        String id = started.getString("id");
        // a paper never repeats a fact or overuses a list, so it may be shorter than asked
        int served = started.getList("questions").size();
        assertThat(served).as("questions served").isGreaterThan(2 * OWN);
        List<Integer> optionCounts = IntStream.range(0, served)
                .mapToObj(i -> started.getList("questions[" + i + "].options").size())
                .toList();

        List<Sequence> first = new ArrayList<>();
        List<Sequence> second = new ArrayList<>();
        for (int index = 0; index < served; index++) {
            if (index < OWN || index >= 2 * OWN) {
                first.add(sequence(0, index, optionCounts.get(index)));
            }
            if (index >= OWN) {
                second.add(sequence(1, index, optionCounts.get(index)));
            }
        }
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService tabOne = Executors.newFixedThreadPool(IN_FLIGHT_PER_TAB);
        ExecutorService tabTwo = Executors.newFixedThreadPool(IN_FLIGHT_PER_TAB);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Sequence s : first) {
                running.add(tabOne.submit(() -> play(saver, id, s, go, unexpected)));
            }
            for (Sequence s : second) {
                running.add(tabTwo.submit(() -> play(saver, id, s, go, unexpected)));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            tabOne.shutdownNow();
            tabTwo.shutdownNow();
        }
        assertThat(unexpected).as("responses other than 204").isEmpty();

        JsonPath state = aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> answers = state.getList("answers", Integer.class);
        List<Boolean> marked = state.getList("marked", Boolean.class);
        for (int index = 0; index < served; index++) {
            String stored = body(answers.get(index), marked.get(index));
            final int at = index;
            List<String> lastOfEachTab = new ArrayList<>();
            first.stream().filter(s -> s.index() == at).forEach(s -> lastOfEachTab.add(s.last()));
            second.stream().filter(s -> s.index() == at).forEach(s -> lastOfEachTab.add(s.last()));
            assertThat(stored).as("question " + index).isIn(lastOfEachTab);
        }
    }

    @Test
    void aSaveThatWaitsTooLongForTheAttemptIsRefusedAsBusyAndSavedWhenSentAgain() throws Exception {
        QuizClient aspirant = new QuizClient();
        String id = aspirant.start("{\"count\": 3, \"timeLimitSeconds\": 3600}").getString("id");
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> slowSubmit = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    QuizAttempt.findById(UUID.fromString(id), LockModeType.PESSIMISTIC_WRITE);
                    locked.countDown();
                    pause(HELD_LONGER_THAN_H2_WAITS);
                }));
        locked.await();
        aspirant.answer(id, 1, "{\"option\": 1}")
                .then()
                .statusCode(503)
                .header("Retry-After", "1")
                .body("status", equalTo(503))
                .body("error", containsString("busy"))
                .body(not(containsString("Exception")));
        slowSubmit.get();
        aspirant.answer(id, 1, "{\"option\": 1}").then().statusCode(204);
        aspirant.http().get("/api/quizzes/" + id).then().body("answers[1]", equalTo(1));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a tab's saves to one question one after another, noting every answer that is not 204. */
    private static void play(
            Saver saver, String id, Sequence sequence, CountDownLatch go, ConcurrentLinkedQueue<String> unexpected) {
        try {
            go.await();
            for (String body : sequence.bodies()) {
                Saver.Reply reply = saver.put(id, sequence.index(), body);
                if (reply.status() != 204) {
                    unexpected.add("tab " + sequence.tab() + " question " + sequence.index() + " " + body + " -> "
                            + reply.status() + " " + reply.body());
                }
            }
        } catch (Exception e) {
            unexpected.add("tab " + sequence.tab() + " question " + sequence.index() + ": " + e);
        }
    }

    /** Different options and marks per tab, so the stored pair tells which save won. */
    private static Sequence sequence(int tab, int index, int options) {
        List<String> bodies = new ArrayList<>();
        for (int step = 0; step < SAVES_PER_QUESTION; step++) {
            int option = (step + tab + index) % options;
            bodies.add(body(option, (step + tab) % 2 == 0));
        }
        return new Sequence(tab, index, bodies);
    }

    private static String body(Integer option, Boolean marked) {
        return "{\"option\": " + option + ", \"marked\": " + marked + "}";
    }
}
