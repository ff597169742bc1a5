package in.prelims.quiz;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** One person's pages are never stored by caches, and who submitted is the server's call. */
@QuarkusTest
class PrivateResponsesTest {

    private final QuizClient aspirant = new QuizClient();

    @Test
    void resultsHistoryAccountAndTheQuizApiAreNoStore() {
        String id = aspirant.start("{\"count\": 2, \"timeLimitSeconds\": 600}").getString("id");
        aspirant.http().get("/api/quizzes/" + id).then().statusCode(200).header("Cache-Control", "no-store");
        aspirant.submit(id).then().statusCode(200).header("Cache-Control", "no-store");
        for (String page : new String[] {"/quiz/" + id + "/result", "/history", "/account"}) {
            aspirant.http().get(page).then().statusCode(200).header("Cache-Control", "no-store");
        }
        aspirant.http()
                .contentType("application/json")
                .body("{\"count\": 2, \"timeLimitSeconds\": 600}")
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store");
    }

    @Test
    void aClientCannotClaimTheTimerSubmittedBeforeTheDeadline() {
        String id = aspirant.start("{\"count\": 2, \"timeLimitSeconds\": 600}").getString("id");
        aspirant.http()
                .header("X-Submitted-By", "timer")
                .contentType("application/json")
                .post("/api/quizzes/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("submittedBy", equalTo("you"));
        String other =
                aspirant.start("{\"count\": 2, \"timeLimitSeconds\": 600}").getString("id");
        String token = aspirant.csrfToken("/quiz/" + other);
        aspirant.http()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .formParam("by", "timer")
                .post("/quiz/" + other + "/submit")
                .then()
                .statusCode(303);
        aspirant.http().get("/api/quizzes/" + other).then().body("submitted", equalTo(true));
        aspirant.submit(other).then().body("submittedBy", equalTo("you"));
    }

    @Test
    void theTimerIsNamedOnlyOnceTheDeadlineHasPassed() throws InterruptedException {
        var started = aspirant.start("{\"count\": 1, \"timeLimitSeconds\": 1}");
        java.time.Instant deadline = java.time.Instant.parse(started.getString("deadline"));
        Thread.sleep(Math.max(
                0, java.time.Duration.between(java.time.Instant.now(), deadline).toMillis() + 200));
        aspirant.submit(started.getString("id")).then().statusCode(200).body("submittedBy", equalTo("timer"));
    }
}
