package in.prelims.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint answers malformed, missing, oversized and hostile values with a clear 4xx, never a 5xx or a trace. */
@QuarkusTest
class BadInputTest {

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/facts?topic=%3Cscript%3Ealert(1)%3C/script%3E      | 400 | topic
            /facts?source=nope                                      | 400 | source
            /api/questions?count=-5                                 | 400 | count
            /api/questions?count=99999999999999999999               | 400 | count
            /api/questions?count=abc                                | 400 | count
            /api/questions?seed=xyz                                 | 400 | seed
            /api/questions?kinds=essay                              | 400 | kinds
            /api/questions?topics=astrology                         | 400 | topics
            /api/questions?sources=no-such-source                   | 400 | sources
            /api/quizzes/00000000-0000-0000-0000-000000000000       | 404 |
            /api/quizzes/not-an-id                                  | 404 |
            /quiz/00000000-0000-0000-0000-000000000000              | 404 |
            /quiz/not-an-id/result                                  | 404 |
            /flashcards.pdf?perPage=7                               | 400 | perPage
            /flashcards.pdf?paper=a3                                | 400 | paper
            /flashcards.pdf?duplex=maybe                            | 400 | duplex
            /flashcards.pdf?topics=astrology                        | 400 | topics
            /worksheets.pdf?count=100000                            | 400 | count
            /worksheets.pdf?sets=7                                  | 400 | sets
            /worksheets.pdf?copy=principal                          | 400 | copy
            /worksheets.pdf?marking=bogus                           | 400 | marking
            /worksheets.pdf?duration=-1                             | 400 | duration
            /export/gift?count=100000                               | 400 | count
            /export/moodle-xml?kinds=essay                          | 400 | kinds
            /export/anki?seed=x                                     | 400 | seed
            /export/csv?count=0                                     | 400 | count
            /no/such/page                                           | 404 |
            /worksheets.pdf?title=Mock%0ATest                       | 400 | title
            /worksheets.pdf?title=Mock%00Test                       | 400 | title
            /worksheets.pdf?institute=A%09B                         | 400 | institute
            /worksheets.pdf?title=Mock%1BTest&copy=teacher          | 400 | title
            /flashcards.pdf?title=Deck%0D%0AX                       | 400 | title
            /flashcards.pdf?title=Deck%7FX                          | 400 | title
            """)
    void badQueryValues(String path, int status, String parameter) {
        Response response = given().urlEncodingEnabled(false).get(path);
        assertClear(response, status);
        if (parameter != null) assertThat(response.asString()).containsIgnoringCase(parameter);
    }

    @ParameterizedTest(name = "POST /api/quizzes {0} -> 400")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json at all
            {}
            {"count":100000,"timeLimitSeconds":600,"marking":"upsc-gs"}
            {"count":"ten","timeLimitSeconds":600,"marking":"upsc-gs"}
            {"count":0,"timeLimitSeconds":600,"marking":"upsc-gs"}
            {"count":10,"timeLimitSeconds":-1,"marking":"upsc-gs"}
            {"count":10,"timeLimitSeconds":600,"marking":"bogus"}
            {"count":10,"timeLimitSeconds":600,"marking":{"correct":"x","wrong":1}}
            {"count":10,"timeLimitSeconds":600,"marking":"upsc-gs","kinds":["essay"]}
            """)
    void badQuizRequests(String body) {
        assertClear(given().contentType("application/json").body(body).post("/api/quizzes"), 400);
    }

    @Test
    void badAnswers() {
        var cookies = given().contentType("application/json")
                .body("{\"count\":5,\"timeLimitSeconds\":600,\"marking\":\"upsc-gs\"}")
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract();
        String id = cookies.path("id");
        var jar = cookies.cookies();
        for (String body : new String[] {"{\"option\":9}", "{\"option\":-1}", "{\"option\":\"b\"}", "not json"}) {
            assertClear(
                    given().cookies(jar)
                            .contentType("application/json")
                            .body(body)
                            .put("/api/quizzes/" + id + "/answers/0"),
                    400);
        }
        assertThat(given().cookies(jar)
                        .contentType("application/json")
                        .body("{\"option\":1}")
                        .put("/api/quizzes/" + id + "/answers/99")
                        .statusCode())
                .isBetween(400, 404);
        assertClear(
                given().contentType("application/json")
                        .body("{\"option\":1}")
                        .put("/api/quizzes/00000000-0000-0000-0000-000000000000/answers/0"),
                404);
    }

    /** A multipart body that breaks off, or lies about its boundary, to every form that posts. */
    @ParameterizedTest(name = "malformed multipart to {0}")
    @CsvSource({"/account/signup", "/account/settings", "/account/logout", "/", "/api/quizzes", "/j_security_check"})
    void malformedMultipartBodiesAreRefused(String path) {
        String broken = "--xyz\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\nabc\r\n--xy";
        for (String type : new String[] {"multipart/form-data; boundary=xyz", "multipart/form-data"}) {
            Response response = given().contentType(type)
                    .body(broken.getBytes(StandardCharsets.UTF_8))
                    .post(path);
            assertThat(response.statusCode())
                    .as(type + " -> " + path + ": " + response.asString())
                    .isBetween(400, 415);
            assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** Another site's page can post with no body, or as text/plain, and the visitor's cookies. */
    @ParameterizedTest(name = "bodiless POST {0}")
    @CsvSource({
        "/account/logout",
        "/account/settings",
        "/account/password",
        "/account/signup",
        "/",
        "/quiz/00000000-0000-0000-0000-000000000000/submit"
    })
    void bodilessPostsWithoutATokenAreRefused(String path) {
        Response response =
                given().accept("text/html").redirects().follow(false).post(path);
        if (response.statusCode() == 302) {
            assertThat(response.header("Location"))
                    .as(path + ": needs a log-in first")
                    .contains("/account/login");
        } else {
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.asString()).contains("reload the page");
        }
        assertThat(given().contentType("text/plain")
                        .body("a=b")
                        .redirects()
                        .follow(false)
                        .post(path)
                        .statusCode())
                .as(path + " as text/plain")
                .isIn(302, 400, 415);
    }

    @TestHTTPResource("/")
    URL server;

    /** Only the headers are sent: the server refuses on the declared length, before reading the body. */
    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream()
                    .write(("POST /api/quizzes HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{\"count\":")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    static void assertClear(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        if (status == 400) assertThat(body).as("a message a person can read").hasSizeGreaterThan(10);
    }
}
