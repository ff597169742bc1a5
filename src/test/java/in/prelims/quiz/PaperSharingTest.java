package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attempts of one paper store its questions once; a retake sits a submitted paper again. */
@QuarkusTest
class PaperSharingTest {

    private static final int COUNT = 8;

    @Inject
    EntityManager db;

    private final QuizClient aspirant = new QuizClient();

    @Test
    void aRetakeSharesThePaperAndStoresOnlyItsAnswers() {
        String first = aspirant.start("{\"count\": " + COUNT + ", \"timeLimitSeconds\": 900}")
                .getString("id");
        aspirant.http()
                .contentType("application/json")
                .post("/api/quizzes/" + first + "/retake")
                .then()
                .statusCode(409)
                .body("error", containsString("still running"));
        JsonPath firstResult =
                aspirant.submit(first).then().statusCode(200).extract().jsonPath();

        long paperRowsBefore = count("SELECT COUNT(*) FROM paper_question");
        long bytesBefore = bytes();
        JsonPath retake = aspirant.http()
                .contentType("application/json")
                .post("/api/quizzes/" + first + "/retake")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String second = retake.getString("id");
        long bytesPerAttempt = bytes() - bytesBefore;
        System.out.printf("a second attempt of an %d-question paper adds %d bytes of values%n", COUNT, bytesPerAttempt);
        assertThat(bytesPerAttempt).isLessThanOrEqualTo(COUNT * 40L);

        assertThat(count("SELECT COUNT(*) FROM paper_question")).isEqualTo(paperRowsBefore);
        assertThat(paperOf(second)).isEqualTo(paperOf(first));
        assertThat(count("SELECT COUNT(*) FROM paper_question WHERE paper_id = '" + paperOf(first) + "'"))
                .isEqualTo(COUNT);
        assertThat(retake.getInt("timeLimitSeconds")).isEqualTo(900);
        assertThat(retake.getList("questions.stem"))
                .isEqualTo(aspirant.http()
                        .get("/api/quizzes/" + first + "?questions=true")
                        .jsonPath()
                        .getList("questions.stem"));

        JsonPath secondResult =
                aspirant.submit(second).then().statusCode(200).extract().jsonPath();
        List<String> firstKeys = keyTexts(first, firstResult);
        List<String> secondKeys = keyTexts(second, secondResult);
        assertThat(secondKeys).isEqualTo(firstKeys);
    }

    @Test
    void aRetakeAsksTheSameQuestionsOnTheResultPage() {
        String id = aspirant.start("{\"count\": 3, \"timeLimitSeconds\": 600}").getString("id");
        aspirant.submit(id).then().statusCode(200);
        String token = aspirant.csrfToken("/quiz/" + id + "/result");
        String location = aspirant.http()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token)
                .post("/quiz/" + id + "/retake")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String retake = location.substring(location.lastIndexOf('/') + 1);
        assertThat(paperOf(retake)).isEqualTo(paperOf(id));
    }

    private List<String> keyTexts(String id, JsonPath result) {
        JsonPath state =
                aspirant.http().get("/api/quizzes/" + id + "?questions=true").jsonPath();
        List<Integer> keys = result.getList("questions.answer", Integer.class);
        return java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(i -> state.getString("questions[" + i + "].options[" + keys.get(i) + "]"))
                .toList();
    }

    private UUID paperOf(String attempt) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(attempt)).paper.id);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) db.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private long bytes() {
        return count(
                        "SELECT COALESCE(SUM(OCTET_LENGTH(stem) + OCTET_LENGTH(statements) + OCTET_LENGTH(options) "
                                + "+ OCTET_LENGTH(explanation) + OCTET_LENGTH(sources) + OCTET_LENGTH(topics)), 0) FROM paper_question")
                + count("SELECT COUNT(*) * 40 FROM attempt_question");
    }
}
