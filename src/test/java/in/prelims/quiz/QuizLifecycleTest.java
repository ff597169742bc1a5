package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Saving, the clock, ownership and the expiry job, over HTTP against the real fact base and H2. */
@QuarkusTest
class QuizLifecycleTest {

    private static final String TEN_MINUTES =
            "{\"count\": 4, \"kinds\": [\"mcq\", \"statements\"], \"timeLimitSeconds\": 600, \"marking\": \"upsc-gs\"}";
    private static final String ONE_SECOND = "{\"count\": 3, \"timeLimitSeconds\": 1, \"marking\": \"upsc-gs\"}";

    @Inject
    AutoSubmitJob job;

    @Inject
    QuizConfig config;

    private final QuizClient aspirant = new QuizClient();

    @Test
    void startGivesAnUnguessableIdADeadlineAndNoKeys() {
        aspirant.http()
                .contentType(ContentType.JSON)
                .body(TEN_MINUTES)
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/quizzes/[0-9a-f-]{36}"))
                .header("Set-Cookie", containsStringIgnoringCase("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"))
                .body("id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .body("questions[0].answer", nullValue())
                .body("questions[0].explanation", nullValue())
                .body("questions[0].index", equalTo(0))
                .body("questions[0].options.size()", greaterThanOrEqualTo(2));
    }

    @Test
    void answersAreSavedIdempotentlyAndReadBack() {
        String id = aspirant.start(TEN_MINUTES).getString("id");
        aspirant.answer(id, 1, "{\"option\": 2}").then().statusCode(204);
        aspirant.answer(id, 1, "{\"option\": 2}").then().statusCode(204);
        aspirant.answer(id, 3, "{\"option\": 0, \"marked\": true}").then().statusCode(204);
        aspirant.answer(id, 3, "{\"option\": null}").then().statusCode(204);
        JsonPath state = aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(state.getList("answers")).containsExactly(null, 2, null, null);
        assertThat(state.getList("marked")).containsExactly(false, false, false, true);
        assertThat(state.getBoolean("submitted")).isFalse();
        assertThat(Instant.parse(state.getString("deadline")))
                .isAfter(Instant.now().plusSeconds(590));
        assertThat(state.getList("questions")).isNull();
        aspirant.http()
                .get("/api/quizzes/" + id + "?questions=true")
                .then()
                .statusCode(200)
                .body("questions.size()", equalTo(4))
                .body("questions[0].answer", nullValue());
    }

    @Test
    void aSecondSubmitReturnsTheSameResultAndAnswersAreThenRefused() {
        String id = aspirant.start(TEN_MINUTES).getString("id");
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204);
        String first = aspirant.submit(id)
                .then()
                .statusCode(200)
                .body("submittedBy", equalTo("you"))
                .extract()
                .asString();
        String second = aspirant.submit(id).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        aspirant.answer(id, 0, "{\"option\": 0}")
                .then()
                .statusCode(409)
                .body("error", containsString("submitted"))
                .body("status", equalTo(409));
        aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .body("submitted", equalTo(true))
                .body("answers[0]", equalTo(1));
    }

    @Test
    void answersAfterTheDeadlineAndGraceAreRefusedWithAClearMessage() throws InterruptedException {
        JsonPath started = aspirant.start(ONE_SECOND);
        String id = started.getString("id");
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204);
        sleepUntil(Instant.parse(started.getString("deadline"))
                .plus(config.grace())
                .plusMillis(300));
        aspirant.answer(id, 1, "{\"option\": 1}")
                .then()
                .statusCode(409)
                .body("error", containsString("Time is up"))
                .body("error", containsString("IST"));
        // the page of an expired attempt goes to its result, which submits it on the spot
        aspirant.http()
                .get("/quiz/" + id)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/quiz/" + id + "/result"));
        aspirant.http()
                .get("/quiz/" + id + "/result")
                .then()
                .statusCode(200)
                .body(containsString("by the server after the deadline"));
        aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .body("submitted", equalTo(true))
                .body("answers[0]", equalTo(1));
    }

    @Test
    void anAnswerWithinTheGraceAfterTheDeadlineCounts() throws InterruptedException {
        JsonPath started = aspirant.start(ONE_SECOND);
        String id = started.getString("id");
        sleepUntil(Instant.parse(started.getString("deadline")).plusMillis(200));
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204);
    }

    @Test
    void theJobSubmitsExpiredAttemptsAndLeavesRunningOnesAlone() throws InterruptedException {
        JsonPath expiring = aspirant.start(ONE_SECOND);
        String expired = expiring.getString("id");
        String running = aspirant.start(TEN_MINUTES).getString("id");
        aspirant.answer(expired, 2, "{\"option\": 0}").then().statusCode(204);
        sleepUntil(Instant.parse(expiring.getString("deadline"))
                .plus(config.grace())
                .plusMillis(300));

        job.submitExpired();

        QuizAttempt done = attempt(expired);
        assertThat(done.submittedBy).isEqualTo("server");
        assertThat(done.correctCount + done.wrongCount).isEqualTo(1);
        assertThat(attempt(running).submitted()).isFalse();
        String result = aspirant.submit(expired)
                .then()
                .statusCode(200)
                .body("submittedBy", equalTo("server"))
                .extract()
                .asString();
        assertThat(aspirant.submit(expired).asString()).isEqualTo(result);
    }

    @Test
    void someoneElsesAttemptIsNotFoundOnEveryRoute() {
        String id = aspirant.start(TEN_MINUTES).getString("id");
        QuizClient stranger = new QuizClient();
        stranger.start(TEN_MINUTES);
        for (QuizClient other : new QuizClient[] {stranger, new QuizClient()}) {
            other.http().get("/api/quizzes/" + id).then().statusCode(404).body("error", containsString("No quiz"));
            other.answer(id, 0, "{\"option\": 1}").then().statusCode(404);
            other.answer(id, 0, "not json").then().statusCode(404);
            other.submit(id).then().statusCode(404);
            other.http()
                    .accept(ContentType.HTML)
                    .get("/quiz/" + id)
                    .then()
                    .statusCode(404)
                    .contentType(ContentType.HTML)
                    .body(containsString("No quiz " + id + " here"));
            other.http().get("/quiz/" + id + "/result").then().statusCode(404);
        }
        aspirant.http().get("/api/quizzes/" + UUID.randomUUID()).then().statusCode(404);
        aspirant.http()
                .contentType(ContentType.URLENC)
                .post("/api/quizzes/" + id + "/submit")
                .then()
                .statusCode(400)
                .body("error", containsString("Content-Type: application/json"));
        aspirant.http().get("/api/quizzes/1").then().statusCode(404);
        assertThat(attempt(id).submitted()).isFalse();
        aspirant.answer(id, 0, "{\"option\": 1}").then().statusCode(204);
    }

    @Test
    void badAnswersAreRefusedWithMessages() {
        String id = aspirant.start(TEN_MINUTES).getString("id");
        aspirant.answer(id, 0, "{\"option\": 4}")
                .then()
                .statusCode(400)
                .body("error", containsString("option must be 0 to"));
        aspirant.answer(id, 0, "{\"option\": -1}").then().statusCode(400);
        aspirant.answer(id, 0, "{\"option\": 1.5}")
                .then()
                .statusCode(400)
                .body("error", containsString("whole number"));
        aspirant.answer(id, 0, "{\"option\": \"B\"}").then().statusCode(400);
        aspirant.answer(id, 0, "{}").then().statusCode(400).body("error", containsString("option is required"));
        aspirant.answer(id, 0, "{\"option\": 1, \"colour\": 2}")
                .then()
                .statusCode(400)
                .body("error", containsString("Unknown field"));
        aspirant.answer(id, 0, "{\"option\": 1,")
                .then()
                .statusCode(400)
                .body("error", containsString("not valid JSON"));
        aspirant.answer(id, 4, "{\"option\": 1}")
                .then()
                .statusCode(400)
                .body("error", containsString("questions 0 to 3"));
        aspirant.answer(id, -1, "{\"option\": 1}").then().statusCode(400);
        aspirant.http()
                .contentType(ContentType.JSON)
                .body("{\"option\": 1}")
                .put("/api/quizzes/" + id + "/answers/two")
                .then()
                .statusCode(400)
                .body("error", containsString("whole number"));
        aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .body("answers", equalTo(java.util.Arrays.asList(null, null, null, null)));
    }

    @Test
    void badQuizRequestsAreRefusedWithMessages() {
        String[][] cases = {
            {"{\"count\": 0, \"timeLimitSeconds\": 60}", "count must be 1 to 200"},
            {"{\"count\": 201, \"timeLimitSeconds\": 60}", "count must be 1 to 200"},
            {"{\"count\": -1, \"timeLimitSeconds\": 60}", "count must be 1 to 200"},
            {"{\"timeLimitSeconds\": 60}", "count is required"},
            {"{\"count\": 5}", "timeLimitSeconds is required"},
            {"{\"count\": 5, \"timeLimitSeconds\": 0}", "more than 0 and at most 6 hours"},
            {"{\"count\": 5, \"timeLimitSeconds\": -5}", "more than 0 and at most 6 hours"},
            {"{\"count\": 5, \"timeLimitSeconds\": 21601}", "more than 0 and at most 6 hours"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"marking\": \"jee\"}", "Unknown marking"},
            {
                "{\"count\": 5, \"timeLimitSeconds\": 60, \"marking\": {\"correct\": 1}}",
                "exactly \"correct\" and \"wrong\""
            },
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"marking\": {\"correct\": 1, \"wrong\": -1}}", "deducted"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"marking\": {\"correct\": 0, \"wrong\": 0}}", "more than 0"},
            {
                "{\"count\": 5, \"timeLimitSeconds\": 60, \"marking\": {\"correct\": \"x\", \"wrong\": 0}}",
                "a number such as"
            },
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"kinds\": [\"flashcard\"]}", "Flashcards are not asked"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"kinds\": [\"essay\"]}", "Unknown question kind"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"topics\": [\"astrology\"]}", "Unknown topic"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"sources\": [\"nowhere\"]}", "Unknown source"},
            {"{\"count\": \"5\", \"timeLimitSeconds\": 60}", "whole number"},
            {"{\"count\": 5, \"timeLimitSeconds\": 60, \"seed\": 7}", "takes no seed"},
            {"{\"count\": 5, \"timeLimit\": 60}", "Unknown field"},
            {"{\"count\": 5", "not valid JSON"},
            {"[5]", "must be a JSON object"},
            {"", "empty"},
        };
        for (String[] c : cases) {
            aspirant.http()
                    .contentType(ContentType.JSON)
                    .body(c[0])
                    .post("/api/quizzes")
                    .then()
                    .statusCode(400)
                    .body("status", equalTo(400))
                    .body("error", containsString(c[1]));
        }
    }

    @Test
    void theStartFormStartsAQuizAndShowsMistakesOnTheForm() {
        String token = aspirant.csrfToken("/");
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("count", "0")
                .formParam("minutes", "12")
                .formParam("marking", "upsc-gs")
                .post("/")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("Number of questions: a whole number from 1 to 200."))
                .body(containsString("value=\"0\""));
        String allAtOnce = aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("count", "0")
                .formParam("minutes", "soon")
                .formParam("marking", "custom")
                .formParam("correct", "2")
                .formParam("wrong", "-1")
                .post("/")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(allAtOnce)
                .as("every mistake listed together, in the form's words, and beside its field")
                .contains("Please correct these 3 things before starting:")
                .contains("<a href=\"#count\">Number of questions")
                .contains("<a href=\"#minutes\">Time limit")
                .contains("<a href=\"#wrong\">Marks taken off for a wrong answer")
                .contains("id=\"wrong-error\"")
                .contains("aria-describedby=\"wrong-error\"")
                .doesNotContain("marking.wrong")
                .doesNotContain("#correct\"");
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("count", "3")
                .formParam("minutes", "1.5")
                .formParam("marking", "custom")
                .formParam("correct", "1")
                .formParam("wrong", "1/3")
                .formParam("kinds", "mcq")
                .post("/")
                .then()
                .statusCode(303)
                .header("Location", matchesPattern(".*/quiz/[0-9a-f-]{36}"));
        QuizAttempt started = QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>find("markingName = 'custom' and timeLimitSeconds = 90")
                        .firstResult());
        assertThat(started.markingWrong).isEqualTo("1/3");
        assertThat(started.timeLimitSeconds).isEqualTo(90);
        assertThat(started.kinds).isEqualTo("mcq");
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("count", "3")
                .formParam("minutes", "1")
                .post("/")
                .then()
                .statusCode(400);
    }

    private static QuizAttempt attempt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(id)));
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
