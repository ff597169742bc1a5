package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A quiz restricted to a period, from the start form and the API; an empty or malformed period said in words. */
@QuarkusTest
class StartPeriodTest {

    final QuizClient aspirant = new QuizClient();

    @Test
    void theStartFormAsksOnlyFactsOfTheChosenMonth() {
        String token = aspirant.csrfToken("/");
        String location = aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("count", "3")
                .formParam("minutes", "5")
                .formParam("marking", "upsc-gs")
                .formParam("period", "2017-07")
                .post("/")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(published(id)).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2017-07"));
        aspirant.submit(id).then().statusCode(200);
        String retake = aspirant.http()
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + id + "/retake")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(retake)).period))
                .as("a retake keeps the period")
                .isEqualTo("2017-07");
    }

    @Test
    void aPeriodWithoutDocumentsComesBackOnTheFormBesideTheField() {
        String token = aspirant.csrfToken("/");
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("count", "3")
                .formParam("minutes", "5")
                .formParam("marking", "upsc-gs")
                .formParam("period", "last-7-days")
                .post("/")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("id=\"period-error\""))
                .body(containsString("<a href=\"#period\">No document in the fact base is dated in the last 7 days"))
                .body(containsString("the newest is dated 8 October 2020"));
    }

    @Test
    void theQuizApiTakesAPeriodAndRefusesAMalformedOne() {
        String id = aspirant.start("{\"count\": 2, \"timeLimitSeconds\": 60, \"period\": \"2020-10\"}")
                .getString("id");
        assertThat(published(id)).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2020-10"));
        aspirant.http()
                .contentType(ContentType.JSON)
                .body("{\"count\": 2, \"timeLimitSeconds\": 60, \"period\": \"2020-99\"}")
                .post("/api/quizzes")
                .then()
                .statusCode(400)
                .body("field", equalTo("period"))
                .body("error", containsString("there is no month 99"));
    }

    private static List<String> published(String attemptId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(attemptId)).questions.stream()
                        .flatMap(q -> q.sources().stream())
                        .map(Citation::published)
                        .toList());
    }
}
