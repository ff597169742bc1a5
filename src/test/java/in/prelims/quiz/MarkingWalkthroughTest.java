package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start, answer and submit over HTTP under each marking scheme; totals checked exactly. */
@QuarkusTest
class MarkingWalkthroughTest {

    private final QuizClient aspirant = new QuizClient();

    /**
     * Answers the first {@code right} questions with the key, the next {@code wrong} with another
     * option, leaves the rest blank, submits and returns the result.
     */
    private JsonPath walk(String marking, int count, int right, int wrong) {
        // The detail drill asks context facts too, so the base fills 30 questions without a repeat.
        JsonPath started = aspirant.start("{\"count\": " + count + ", \"timeLimitSeconds\": 3600, "
                + "\"detail\": true, \"marking\": " + marking + "}");
        String id = started.getString("id");
        assertThat(started.getList("questions")).hasSize(count);
        List<Integer> keys = QuizClient.keys(id);
        List<Integer> wrongs = QuizClient.wrongOptions(id);
        for (int i = 0; i < right + wrong; i++) {
            int option = i < right ? keys.get(i) : wrongs.get(i);
            aspirant.answer(id, i, "{\"option\": " + option + "}").then().statusCode(204);
        }
        return aspirant.submit(id)
                .then()
                .statusCode(200)
                .body("correct", equalTo(right))
                .body("wrong", equalTo(wrong))
                .body("unattempted", equalTo(count - right - wrong))
                .body("questions", hasSize(count))
                .extract()
                .jsonPath();
    }

    @Test
    void upscThirtyWrongAnswersCostExactlyTwentyMarks() {
        JsonPath result = walk("\"upsc-gs\"", 30, 0, 30);
        assertThat(result.getString("scoreExact")).isEqualTo("-20");
        assertThat(new BigDecimal(result.getString("score"))).isEqualByComparingTo("-20");
        assertThat(result.getString("maxScoreExact")).isEqualTo("60");
        assertThat(result.getList("questions.marksExact")).containsOnly("-2/3");
    }

    @Test
    void upscMixedAnswers() {
        // 7 right (+14), 5 wrong (-10/3), 3 blank: 32/3 = 10.67 of 30
        JsonPath result = walk("\"upsc-gs\"", 15, 7, 5);
        assertThat(result.getString("scoreExact")).isEqualTo("32/3");
        assertThat(new BigDecimal(result.getString("score"))).isEqualByComparingTo("10.67");
        assertThat(result.getString("marking.wrong")).isEqualTo("2/3");
        assertThat(result.getList("questions.correct")).startsWith(true, true, true, true, true, true, true, false);
    }

    @Test
    void csat() {
        // 6 right (+15), 4 wrong (-10/3), 2 blank: 35/3 = 11.67 of 30
        JsonPath result = walk("\"csat\"", 12, 6, 4);
        assertThat(result.getString("scoreExact")).isEqualTo("35/3");
        assertThat(new BigDecimal(result.getString("score"))).isEqualByComparingTo("11.67");
        assertThat(result.getString("maxScoreExact")).isEqualTo("30");
    }

    @Test
    void noNegativeMarking() {
        JsonPath result = walk("\"none\"", 10, 5, 3);
        assertThat(result.getString("scoreExact")).isEqualTo("5");
        assertThat(result.getString("maxScoreExact")).isEqualTo("10");
    }

    @Test
    void customDecimalMarksAreTakenExactly() {
        // +1 and -0.25: 7 right, 3 wrong = 25/4
        JsonPath result = walk("{\"correct\": 1, \"wrong\": 0.25}", 10, 7, 3);
        assertThat(result.getString("scoreExact")).isEqualTo("25/4");
        assertThat(new BigDecimal(result.getString("score"))).isEqualByComparingTo("6.25");
        assertThat(result.getString("marking.wrong")).isEqualTo("1/4");
    }

    @Test
    void customFractionMarks() {
        // +1.5 and -"1/3": 4 right (+6), 3 wrong (-1): 5
        JsonPath result = walk("{\"correct\": 1.5, \"wrong\": \"1/3\"}", 8, 4, 3);
        assertThat(result.getString("scoreExact")).isEqualTo("5");
        assertThat(result.getString("maxScoreExact")).isEqualTo("12");
    }

    @Test
    void resultCarriesKeysExplanationsSourcesAndTopics() {
        JsonPath result = walk("\"upsc-gs\"", 5, 1, 1);
        List<Integer> answers = result.getList("questions.answer");
        assertThat(answers).allMatch(a -> a >= 0 && a <= 3);
        assertThat(result.getList("questions.explanation", String.class)).allMatch(e -> !e.isBlank());
        assertThat(result.getList("questions.sources.publisher")).allMatch(p -> !((List<?>) p).isEmpty());
        assertThat(result.getList("topics.topic")).isNotEmpty();
        assertThat(result.getList("questions.chosen"))
                .containsExactly(answers.get(0), result.get("questions[1].chosen"), null, null, null);
    }
}
