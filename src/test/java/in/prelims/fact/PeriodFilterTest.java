package in.prelims.fact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fresh content by date over HTTP: the question API, worksheets, flashcards and exports take
 * {@code period}; a malformed one is a 400 naming it; an empty one says how current the base is.
 * The shipped documents are of July 2017 and October 2020, so the tests use those months.
 */
@QuarkusTest
class PeriodFilterTest {

    @Test
    void questionsOfAMonthComeOnlyFromThatMonthsDocuments() {
        List<String> dates = given().get("/api/questions?period=2017-07&count=6&seed=3&kinds=flashcard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("sources.flatten().published", String.class);
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2017-07"));
        List<String> october = given().get("/api/questions?period=2020-10&count=10&seed=3")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("sources.flatten().published", String.class);
        assertThat(october).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2020-10"));
        List<String> year = given().get("/api/questions?period=2017&count=3&seed=3&kinds=flashcard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("sources.flatten().published", String.class);
        assertThat(year).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2017"));
    }

    @Test
    void aMalformedPeriodIsA400NamingIt() {
        for (String bad : List.of("2020-13", "fortnight", "<b>x</b>", "last-0-days")) {
            JsonPath error = given().queryParam("period", bad)
                    .get("/api/questions")
                    .then()
                    .statusCode(400)
                    .extract()
                    .jsonPath();
            assertThat(error.getString("field")).isEqualTo("period");
            assertThat(error.getString("error")).contains("a month such as 2020-10");
        }
        given().get("/worksheets.pdf?period=yesterday").then().statusCode(400);
        given().get("/export/csv?period=2020-00").then().statusCode(400).body("field", equalTo("period"));
    }

    @Test
    void aPeriodWithoutDocumentsSaysSoAndHowCurrentTheBaseIs() {
        given().get("/api/questions?period=last-7-days")
                .then()
                .statusCode(400)
                .body("field", equalTo("period"))
                .body("error", containsString("No document in the fact base is dated in the last 7 days"))
                .body("error", containsString("the newest is dated 8 October 2020"));
        given().accept("text/html")
                .get("/worksheets/paper?period=2019-01")
                .then()
                .statusCode(400)
                .body(containsString("dated in January 2019"));
    }

    @Test
    void worksheetsFlashcardsAndExportsKeepToThePeriod() {
        String csv = given().get("/export/csv?period=2017-07&count=5")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains("July 2017").doesNotContain("October 2020");
        given().get("/worksheets/paper?period=2017-07&count=4")
                .then()
                .statusCode(200)
                .body(containsString("period=2017-07"))
                .body(containsString("Bangladesh"));
        given().get("/flashcards?period=2017-07&count=4")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"2017-07\" selected>"));
        given().get("/flashcards.pdf?period=2017-07&count=4").then().statusCode(200);
    }

    @Test
    void theHomePageSaysHowCurrentTheContentIsAndOffersPeriods() {
        given().accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Newest document: 8 October 2020"))
                .body(containsString("<option value=\"2020-10\">October 2020 ("))
                .body(containsString("Last 7 days (no documents yet)"));
    }
}
