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
            """)
    void badQueryValues(String path, int status, String parameter) {
        Response response = given().get(path);
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
