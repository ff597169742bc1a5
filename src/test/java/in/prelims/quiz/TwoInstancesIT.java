package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.web.Nginx;
import in.prelims.web.PackagedApp;
import in.prelims.web.PostgresBuild;
import in.prelims.web.TestPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one PostgreSQL database behind nginx: one aspirant's attempt moves
 * between them (started on one, answered on both, reloaded on the other, one instance killed
 * mid-quiz, submitted), and expired attempts are submitted by exactly one of the two expiry jobs.
 */
class TwoInstancesIT {

    private static final int QUESTIONS = 30;
    private static final int EXPIRING = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern SUBMITTED_LOG = Pattern.compile("Submitted (\\d+) quiz attempt");

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anAttemptMovesBetweenInstancesAndIsSubmittedOnce(@TempDir Path dir) throws Exception {
        try (TestPostgres db = TestPostgres.create()) {
            Path app = PostgresBuild.under(Files.createDirectories(dir.resolve("build")));
            Map<String, String> env = Map.of(
                    "QUIZ_DB_URL", db.url(),
                    "QUIZ_DB_USER", TestPostgres.user(),
                    "QUIZ_DB_PASSWORD", TestPostgres.password(),
                    "QUIZ_SESSION_KEY", newKey());
            List<String> options = List.of("-Dquiz.auto-submit-every=1s");
            try (PackagedApp one = new PackagedApp(Files.createDirectories(dir.resolve("one")), app, env, options);
                    PackagedApp two = new PackagedApp(Files.createDirectories(dir.resolve("two")), app, env, options)) {
                // Both start at once, so both run the migrations at once as well.
                CompletableFuture.allOf(start(one), start(two)).join();
                try (Nginx nginx = new Nginx(dir.resolve("nginx"), List.of(one.port(), two.port()))) {
                    PackagedApp killed = walkThrough(db, nginx, one, two);
                    killed.start();
                    expiredAttemptsAreSubmittedOnce(db, nginx, one, two);
                }
            }
        }
    }

    /** Returns the instance it killed. */
    private PackagedApp walkThrough(TestPostgres db, Nginx nginx, PackagedApp one, PackagedApp two) throws Exception {
        URI front = URI.create("http://127.0.0.1:" + nginx.port());
        String name = "asha" + UUID.randomUUID().toString().substring(0, 8);
        signUpAndLogIn(front, name);
        for (PackagedApp app : List.of(one, two)) {
            assertThat(send(get(app.uri("/account"))).body())
                    .as("the log-in made through nginx holds on each instance")
                    .contains("Signed in as " + name);
        }

        HttpResponse<String> started = send(post(
                front.resolve("/api/quizzes"),
                "{\"count\":" + QUESTIONS + ",\"timeLimitSeconds\":3600,\"marking\":\"upsc-gs\"}"));
        assertThat(started.statusCode()).isEqualTo(201);
        String id = JSON.readTree(started.body()).get("id").asText();
        String startedOn = upstream(started);

        // Answer through nginx: strict round robin puts consecutive saves on alternate instances.
        Map<Integer, Integer> acknowledged = new ConcurrentHashMap<>();
        Set<String> savedOn = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> saved = send(put(front.resolve(answerPath(id, i)), "{\"option\":" + (i % 2) + "}"));
            assertThat(saved.statusCode()).isEqualTo(204);
            acknowledged.put(i, i % 2);
            savedOn.add(upstream(saved));
        }
        assertThat(savedOn).as("answers saved on both instances").hasSize(2);

        PackagedApp other = startedOn.endsWith(":" + one.port()) ? two : one;
        PackagedApp first = other == one ? two : one;
        assertThat(send(get(other.uri("/quiz/" + id))).statusCode())
                .as("the quiz page reloads on the instance that did not start it")
                .isEqualTo(200);
        assertThat(answers(other, id))
                .as("stored answers seen from the other instance")
                .containsAllEntriesOf(acknowledged);

        // Saves through nginx while the instance that started the quiz is killed.
        Map<Integer, Integer> inFlight = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> keepSaving(front, id, acknowledged, inFlight, acks, stop));
        writer.start();
        await(acks, 40);
        first.kill();
        int atKill = acks.get();
        await(acks, atKill + 40);
        stop.set(true);
        writer.join();

        Map<Integer, Integer> stored = answers(other, id);
        acknowledged.forEach((index, option) -> assertThat(stored.get(index))
                .as("question %d: acknowledged %d, in flight %s", index, option, inFlight.get(index))
                .isIn(option, inFlight.getOrDefault(index, option)));

        HttpResponse<String> submitted = send(post(front.resolve("/api/quizzes/" + id + "/submit"), ""));
        assertThat(submitted.statusCode()).isEqualTo(200);
        HttpResponse<String> again = send(post(other.uri("/api/quizzes/" + id + "/submit"), ""));
        assertThat(JSON.readTree(again.body()).get("submittedAt"))
                .as("a second submit returns the stored result")
                .isEqualTo(JSON.readTree(submitted.body()).get("submittedAt"));
        try (Connection c = db.connect();
                PreparedStatement q = c.prepareStatement("SELECT submitted_by FROM quiz_attempt WHERE id = ?")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(QuizService.BY_YOU);
            }
        }
        return first;
    }

    /**
     * Attempts that expire together while both expiry jobs run every second: each is submitted by
     * the server, and the two instances' logs together report each exactly once.
     */
    private void expiredAttemptsAreSubmittedOnce(TestPostgres db, Nginx nginx, PackagedApp one, PackagedApp two)
            throws Exception {
        URI front = URI.create("http://127.0.0.1:" + nginx.port());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < EXPIRING; i++) {
            // a guest each: one owner may have only a few quizzes running at once
            HttpClient guest =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> started = guest.send(
                    post(front.resolve("/api/quizzes"), "{\"count\":3,\"timeLimitSeconds\":2,\"marking\":\"upsc-gs\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(started.body()).get("id").asText());
        }
        long giveUp = System.currentTimeMillis() + 60_000;
        while (submittedByServer(db, ids) < EXPIRING && System.currentTimeMillis() < giveUp) {
            Thread.sleep(250);
        }
        assertThat(submittedByServer(db, ids)).isEqualTo(EXPIRING);
        Thread.sleep(3_000); // a second submission would be logged within the next runs
        assertThat(submissionsLogged(one) + submissionsLogged(two))
                .as("submissions the two expiry jobs logged")
                .isEqualTo(EXPIRING);
    }

    private static int submittedByServer(TestPostgres db, Set<String> ids) throws Exception {
        int count = 0;
        try (Connection c = db.connect();
                PreparedStatement q = c.prepareStatement("SELECT submitted_by FROM quiz_attempt WHERE id = ?")) {
            for (String id : ids) {
                q.setObject(1, UUID.fromString(id));
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && QuizService.BY_SERVER.equals(r.getString(1))) count++;
                }
            }
        }
        return count;
    }

    private static int submissionsLogged(PackagedApp app) throws Exception {
        Matcher m = SUBMITTED_LOG.matcher(Files.readString(app.log()));
        int total = 0;
        while (m.find()) total += Integer.parseInt(m.group(1));
        return total;
    }

    private void signUpAndLogIn(URI front, String name) throws Exception {
        Matcher token = CSRF.matcher(send(get(front.resolve("/account"))).body());
        assertThat(token.find()).isTrue();
        String form = "csrf-token=" + encode(token.group(1)) + "&j_username=" + encode(name) + "&j_password="
                + encode("correct horse") + "&confirm=" + encode("correct horse");
        assertThat(send(form(front.resolve("/account/signup"), form)).statusCode())
                .isEqualTo(307);
        assertThat(send(form(front.resolve("/j_security_check"), form)).statusCode())
                .isEqualTo(302);
    }

    private void keepSaving(
            URI front,
            String id,
            Map<Integer, Integer> acknowledged,
            Map<Integer, Integer> inFlight,
            AtomicInteger acks,
            AtomicBoolean stop) {
        Random random = new Random(7);
        while (!stop.get()) {
            int index = random.nextInt(QUESTIONS);
            int option = random.nextInt(2);
            inFlight.put(index, option);
            try {
                HttpResponse<String> r = send(put(front.resolve(answerPath(id, index)), "{\"option\":" + option + "}"));
                if (r.statusCode() == 204) {
                    acknowledged.put(index, option);
                    inFlight.remove(index);
                    acks.incrementAndGet();
                }
            } catch (Exception lost) {
                // not acknowledged: the save may or may not have landed, so it stays in flight
            }
        }
    }

    private Map<Integer, Integer> answers(PackagedApp app, String id) throws Exception {
        JsonNode answers = JSON.readTree(send(HttpRequest.newBuilder(app.uri("/api/quizzes/" + id))
                                .build())
                        .body())
                .get("answers");
        Map<Integer, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            if (!answers.get(i).isNull()) out.put(i, answers.get(i).asInt());
        }
        return out;
    }

    private static void await(AtomicInteger acks, int atLeast) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (acks.get() < atLeast && System.currentTimeMillis() < giveUp) Thread.sleep(10);
        assertThat(acks.get()).as("acknowledged saves").isGreaterThanOrEqualTo(atLeast);
    }

    private static CompletableFuture<Void> start(PackagedApp app) {
        return CompletableFuture.runAsync(() -> {
            try {
                app.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String upstream(HttpResponse<?> response) {
        return response.headers().firstValue("X-Upstream").orElseThrow();
    }

    private static String answerPath(String id, int index) {
        return "/api/quizzes/" + id + "/answers/" + index;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").build();
    }

    private static HttpRequest post(URI uri, String json) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest put(URI uri, String json) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest form(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
