package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.web.PackagedApp;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL during a burst of answer saves: every save the server acknowledged is there after a restart. */
class KillDuringAnswerBurstIT {

    private static final int QUESTIONS = 40;
    private static final int WRITERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The questions the paper has: it never repeats a fact, so it may be shorter than asked. */
    private static volatile int served = QUESTIONS;

    @Test
    void everyAcknowledgedSaveSurvives(@TempDir Path workDir) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try (PackagedApp app = new PackagedApp(workDir).start()) {
            String id = startQuiz(client, app);
            // Each writer owns the questions index % WRITERS == w, so saves to one question are sequential.
            var acknowledged = new ConcurrentHashMap<Integer, Integer>();
            var inFlight = new ConcurrentHashMap<Integer, Integer>();
            AtomicInteger acks = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> save(client, app, id, writer, acknowledged, inFlight, acks));
                thread.start();
                writers.add(thread);
            }
            long giveUp = System.currentTimeMillis() + 30_000;
            while (acks.get() < 300
                    && System.currentTimeMillis() < giveUp
                    && writers.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(10);
            }
            assertThat(acks.get()).as("acknowledged saves before the kill").isGreaterThanOrEqualTo(300);
            app.kill();
            for (Thread t : writers) t.join();

            app.start();
            JsonNode answers = JSON.readTree(client.send(
                                    HttpRequest.newBuilder(app.uri("/api/quizzes/" + id))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .get("answers");
            assertThat(acknowledged).isNotEmpty();
            acknowledged.forEach((index, option) -> {
                int stored = answers.get(index).asInt(-1);
                Integer pending = inFlight.get(index);
                assertThat(stored)
                        .as("question %d: acknowledged %d, in flight %s", index, option, pending)
                        .isIn(option, pending == null ? option : pending);
            });
        }
    }

    private static String startQuiz(HttpClient client, PackagedApp app) throws Exception {
        HttpResponse<String> created = client.send(
                HttpRequest.newBuilder(app.uri("/api/quizzes"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"count\":" + QUESTIONS + ",\"timeLimitSeconds\":3600,\"marking\":\"upsc-gs\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        served = body.get("questions").size();
        return body.get("id").asText();
    }

    private static void save(
            HttpClient client,
            PackagedApp app,
            String id,
            int writer,
            ConcurrentHashMap<Integer, Integer> acknowledged,
            ConcurrentHashMap<Integer, Integer> inFlight,
            AtomicInteger acks) {
        Random random = new Random(writer);
        try {
            while (true) {
                int index = writer + WRITERS * random.nextInt(served / WRITERS);
                int option = random.nextInt(2); // every kind has options 0 and 1
                inFlight.put(index, option);
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(app.uri("/api/quizzes/" + id + "/answers/" + index))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"option\":" + option + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 204) return;
                acknowledged.put(index, option);
                inFlight.remove(index);
                acks.incrementAndGet();
            }
        } catch (Exception serverGone) {
            // the kill: the save that was in flight may or may not have landed
        }
    }
}
