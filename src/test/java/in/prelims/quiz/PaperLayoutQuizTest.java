package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A quiz shows each statement item as the paper prints it, keeps it in the attempt, and says when it is short. */
@QuarkusTest
class PaperLayoutQuizTest {

    @Test
    void theQuestionLineComesAfterTheStatementsWithNotInBold() {
        QuizClient client = new QuizClient();
        JsonPath started = client.start(
                "{\"count\": 12, \"timeLimitSeconds\": 900, " + "\"kinds\": [\"statements\", \"how-many\"]}");
        List<Map<String, Object>> shown = started.getList("questions");
        assertThat(shown).isNotEmpty();
        for (Map<String, Object> q : shown) {
            assertThat((String) q.get("questionLine")).contains("given above");
            assertThat((String) q.get("stem")).doesNotContain("given above").endsWith(":");
        }
        String id = started.getString("id");
        String page = client.http()
                .get("/quiz/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int statements = page.indexOf("<ol class=\"statements\">");
        int line = page.indexOf("<p class=\"question-line\">");
        int options = page.indexOf("<fieldset class=\"options\"");
        assertThat(statements).isPositive().isLessThan(line);
        assertThat(line).isLessThan(options);
        if (shown.stream().anyMatch(q -> ((String) q.get("questionLine")).contains(" not "))) {
            assertThat(page).contains("<strong>not</strong>");
        }
    }

    @Test
    void anAttemptStoredBeforeQuestionLinesStillRendersAndAShortPaperSaysSo() {
        QuizClient client = new QuizClient();
        JsonPath started = client.start("{\"count\": 150, \"timeLimitSeconds\": 3600}");
        int served = started.getList("questions").size();
        assertThat(started.getInt("requested")).isEqualTo(150);
        assertThat(started.getInt("served")).isEqualTo(served).isLessThan(150);
        String id = started.getString("id");
        QuarkusTransaction.requiringNew().run(() -> {
            QuizAttempt a = QuizAttempt.findById(UUID.fromString(id));
            a.requestedCount = null;
            a.paper.questions.forEach(q -> {
                q.questionLine = null;
                q.headings = null;
            });
        });
        client.http().get("/quiz/" + id).then().statusCode(200);
        client.submit(id).then().statusCode(200);
        client.http().get("/quiz/" + id + "/result").then().statusCode(200);
        JsonPath fresh = client.start("{\"count\": 150, \"timeLimitSeconds\": 3600}");
        String page = client.http()
                .get("/quiz/" + fresh.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("not 150");
    }
}
