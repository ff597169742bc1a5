package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The attempt page and answer saves of a known guest are served on the event loop from memory
 * ({@link WarmAttemptRoutes}); what a person gets must be what the REST resources give: the same
 * headers, the same form token, the same refusals, every acknowledged answer stored.
 */
@QuarkusTest
class WarmAttemptRoutesTest {

    private static final String QUIZ = "{\"count\": 4, \"timeLimitSeconds\": 600}";

    @Inject
    WarmAttemptRoutes warm;

    private final QuizClient aspirant = new QuizClient();

    @Test
    void aWarmPageIsTheResourcesPageWithTheSameHeadersAndFormToken() {
        String id = aspirant.start(QUIZ).getString("id");
        Response first = aspirant.http().get("/quiz/" + id); // renders it and sets the form-token cookie
        first.then().statusCode(200);
        long before = warm.served();

        Response second = aspirant.http().get("/quiz/" + id);
        second.then().statusCode(200);

        assertThat(warm.served()).as("the second view came from memory").isEqualTo(before + 1);
        for (String header : List.of(
                "Content-Type",
                "Cache-Control",
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy")) {
            assertThat(second.header(header)).as(header).isNotNull().isEqualTo(first.header(header));
        }
        String cookieToken = aspirant.jar.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("csrf-token"))
                .findFirst()
                .orElseThrow()
                .getValue();
        assertThat(second.asString()).contains("name=\"csrf-token\" value=\"" + cookieToken + "\"");
        assertThat(withoutSlots(second.asString())).isEqualTo(withoutSlots(first.asString()));
    }

    @Test
    void warmSavesAreStoredAndRefusedExactlyAsTheResourceRefusesThem() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204); // the resource: remembers the attempt
        long before = warm.served();

        aspirant.answer(id, 1, "{\"option\": 2, \"marked\": true}").then().statusCode(204);
        aspirant.answer(id, 2, "{\"option\": 9}")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("field", equalTo("option"));
        aspirant.answer(id, 7, "{\"option\": 0}")
                .then()
                .statusCode(400)
                .body("field", equalTo("index"))
                .body("error", containsString("questions 0 to 3"));
        aspirant.answer(id, 2, "{\"option\": ").then().statusCode(400);
        assertThat(warm.served()).as("all four went the warm way").isEqualTo(before + 4);

        aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .body("answers[0]", equalTo(1))
                .body("answers[1]", equalTo(2))
                .body("marked[1]", equalTo(true))
                .body("answers[2]", equalTo(null));

        aspirant.submit(id).then().statusCode(200);
        aspirant.answer(id, 3, "{\"option\": 0}").then().statusCode(409).body("error", containsString("submitted"));
    }

    @Test
    void whatTheWarmRoutesDoNotKnowGoesTheUsualWay() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204);
        long before = warm.served();

        QuizClient stranger = new QuizClient();
        stranger.start(QUIZ);
        stranger.answer(id, 0, "{\"option\": 0}").then().statusCode(404);
        stranger.http().get("/quiz/" + id).then().statusCode(404);
        aspirant.http()
                .contentType(ContentType.TEXT)
                .body("{\"option\": 0}")
                .put("/api/quizzes/" + id + "/answers/0")
                .then()
                .statusCode(415);
        aspirant.http()
                .contentType(ContentType.JSON)
                .body("{\"option\": 0, \"padding\": \"" + "x".repeat(400) + "\"}")
                .put("/api/quizzes/" + id + "/answers/0")
                .then()
                .statusCode(400)
                .body("error", containsString("padding"));

        assertThat(warm.served()).isEqualTo(before);
        aspirant.http().get("/api/quizzes/" + id).then().body("answers[0]", equalTo(1));
    }

    @Test
    void manySavesAtOnceAreAllAcknowledgedAndAllStored() throws Exception {
        List<QuizClient> aspirants =
                IntStream.range(0, 8).mapToObj(i -> new QuizClient()).toList();
        List<String> ids = new ArrayList<>();
        for (QuizClient a : aspirants) {
            String id = a.start(QUIZ).getString("id");
            a.answer(id, 0, "{\"option\": null}").then().statusCode(204);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int a = 0; a < aspirants.size(); a++) {
                    for (int q = 0; q < 4; q++) {
                        QuizClient who = aspirants.get(a);
                        String id = ids.get(a);
                        int question = q;
                        int option = (a + q + round) % 2;
                        saves.add(pool.submit(() -> who.answer(id, question, "{\"option\": " + option + "}")
                                .statusCode()));
                    }
                }
                for (Future<Integer> save : saves) assertThat(save.get()).isEqualTo(204);
                saves.clear();
            }
        } finally {
            pool.shutdown();
        }
        for (int a = 0; a < aspirants.size(); a++) {
            List<Integer> stored = aspirants
                    .get(a)
                    .http()
                    .get("/api/quizzes/" + ids.get(a))
                    .jsonPath()
                    .getList("answers");
            int last = 4;
            int aspirant = a;
            assertThat(stored)
                    .as("the last round's answers of aspirant " + a)
                    .isEqualTo(IntStream.range(0, 4)
                            .mapToObj(q -> (aspirant + q + last) % 2)
                            .toList());
        }
    }

    /** The page without what differs per request: the server's time, the countdown, the form token. */
    private static String withoutSlots(String page) {
        String withoutSecrets = page;
        for (Map.Entry<String, String> slot : Map.of(
                        "data-server-now=\"\\d+\"", "data-server-now=\"\"",
                        "name=\"csrf-token\" value=\"[^\"]+\"", "name=\"csrf-token\" value=\"\"",
                        "\\d\\d:\\d\\d(:\\d\\d)?", "")
                .entrySet()) {
            withoutSecrets = withoutSecrets.replaceAll(slot.getKey(), slot.getValue());
        }
        return withoutSecrets;
    }
}
