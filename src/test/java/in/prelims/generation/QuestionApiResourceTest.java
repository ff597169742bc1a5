package in.prelims.generation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class QuestionApiResourceTest {

    private static final Set<String> FIELDS = Set.of(
            "id",
            "kind",
            "stem",
            "statements",
            "headings",
            "questionLine",
            "options",
            "answer",
            "explanation",
            "factIds",
            "sources",
            "topics");

    private static String body(String query) {
        return given().get("/api/questions?" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void twentyFiveQuestionsOfSeveralKindsTheSameOnASecondCallAndDifferentForAnotherSeed() {
        String first = body("count=25&seed=7");
        List<Map<String, Object>> questions = JsonPath.from(first).getList("$");
        // a paper never repeats a fact and takes at most two items from one list, so it may be shorter than asked
        assertTrue(questions.size() >= 18 && questions.size() <= 25, questions.size() + " questions");
        assertTrue(questions.stream().map(q -> q.get("kind")).distinct().count() >= 3, "several kinds");
        assertEquals(first, body("count=25&seed=7"), "same request and seed, same JSON");
        assertNotEquals(first, body("count=25&seed=8"));
        for (Map<String, Object> q : questions) {
            assertEquals(FIELDS, q.keySet());
            List<?> options = (List<?>) q.get("options");
            int answer = (Integer) q.get("answer");
            assertEquals("true-false".equals(q.get("kind")) ? 2 : 4, options.size(), q.toString());
            assertTrue(answer >= 0 && answer < options.size());
            assertTrue(!((List<?>) q.get("factIds")).isEmpty() && !((List<?>) q.get("sources")).isEmpty());
        }
    }

    @Test
    void statementItemsCarryTheirQuestionLineAfterTheStatementsAndTheStemLeadsIn() {
        int checked = 0;
        for (int seed = 1; seed <= 5; seed++) {
            List<Map<String, Object>> questions =
                    JsonPath.from(body("count=60&seed=" + seed)).getList("$");
            for (Map<String, Object> q : questions) {
                String kind = (String) q.get("kind");
                if (!Set.of("statements", "how-many", "pairs").contains(kind)) continue;
                checked++;
                String line = (String) q.get("questionLine");
                String stem = (String) q.get("stem");
                assertTrue(line != null && line.contains("given above"), q.toString());
                assertTrue(!stem.contains("given above") && !stem.contains("given below"), stem);
                assertTrue(stem.endsWith(":"), "a lead-in: " + stem);
            }
        }
        assertTrue(checked > 5, "statement-based items checked: " + checked);
    }

    @Test
    void aShortPaperSaysHowManyWereAskedForAndServed() {
        var response = given().get("/api/questions?count=150&seed=3")
                .then()
                .statusCode(200)
                .extract();
        int served = JsonPath.from(response.asString()).getList("$").size();
        assertEquals("150", response.header(QuestionApiResource.REQUESTED_HEADER));
        assertEquals(String.valueOf(served), response.header(QuestionApiResource.SERVED_HEADER));
        assertTrue(served < 150, served + " served");
    }

    @Test
    void thePracticeStyleAddsTrueFalseAndClozeWhichTheUpscStyleNeverSets() {
        Set<Object> upsc =
                new java.util.HashSet<>(JsonPath.from(body("count=80&seed=2")).getList("kind"));
        Set<Object> practice = new java.util.HashSet<>(
                JsonPath.from(body("count=80&seed=2&style=practice")).getList("kind"));
        assertTrue(!upsc.contains("true-false") && !upsc.contains("cloze"), upsc.toString());
        assertTrue(practice.contains("true-false") || practice.contains("cloze"), practice.toString());
        given().get("/api/questions?style=essay").then().statusCode(400).body("field", equalTo("style"));
    }

    @Test
    void sourcesCarryTheCitationAndNothingIsLeftUnfilled() {
        given().get("/api/questions?count=40&seed=3")
                .then()
                .statusCode(200)
                .body("sources.flatten().id", everyItem(notNullValue()))
                .body("sources.flatten().title", everyItem(notNullValue()))
                .body("sources.flatten().publisher", everyItem(notNullValue()))
                .body("sources.flatten().published", everyItem(notNullValue()))
                .body("stem", everyItem(org.hamcrest.Matchers.not(containsString("{"))));
    }

    @Test
    void defaultsToTenQuestionsAndEchoesTheSeedItPicked() {
        var response = given().get("/api/questions")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .extract();
        String seed = response.header(QuestionApiResource.SEED_HEADER);
        assertEquals(response.asString(), body("seed=" + seed));
    }

    @Test
    void kindsTopicsAndSourcesFilter() {
        given().get("/api/questions?count=12&seed=1&kinds=true-false")
                .then()
                .statusCode(200)
                .body("$", hasSize(12))
                .body("kind", everyItem(equalTo("true-false")))
                .body("options", everyItem(hasSize(2)));
        given().get("/api/questions?count=5&seed=1&kinds=mcq,cloze&topics=indo-pacific")
                .then()
                .statusCode(200)
                .body("$", hasSize(5))
                .body("topics", everyItem(org.hamcrest.Matchers.hasItem("indo-pacific")));
        String source = "drishti-ias-2020-10-08-india-japan-strategic-dialogue";
        given().get("/api/questions?count=5&seed=1&sources=" + source)
                .then()
                .statusCode(200)
                .body("sources.flatten().id", everyItem(equalTo(source)));
    }

    @Test
    void flashcardsOnlyWhenAskedFor() {
        given().get("/api/questions?count=100&seed=5")
                .then()
                .statusCode(200)
                .body("kind", everyItem(org.hamcrest.Matchers.not(equalTo("flashcard"))));
        given().get("/api/questions?count=10&seed=5&kinds=flashcard")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("kind", everyItem(equalTo("flashcard")))
                .body("options", everyItem(hasSize(1)))
                .body("answer", everyItem(equalTo(0)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "count=0|count",
                "count=201|count",
                "count=-1|count",
                "count=ten|count",
                "count=1.5|count",
                "seed=abc|seed",
                "kinds=mcq,essay|kinds",
                "topics=astrology|topics",
                "sources=no-such-source|sources"
            })
    void badParametersAreA400NamingTheParameter(String query, String parameter) {
        given().get("/api/questions?" + query)
                .then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("field", equalTo(parameter))
                .body("error", containsString(parameter));
    }
}
