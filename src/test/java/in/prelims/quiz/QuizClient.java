package in.prelims.quiz;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person with their own cookie jar, talking to the quiz API and pages over HTTP. */
final class QuizClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    final CookieFilter jar = new CookieFilter();
    /** Each client its own network address (the test profile trusts X-Forwarded-For), as people are. */
    final String address;

    QuizClient() {
        this(address(ADDRESSES.incrementAndGet()));
    }

    QuizClient(String address) {
        this.address = address;
    }

    static String address(int n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    RequestSpecification http() {
        return given().filter(jar)
                .header("X-Forwarded-For", address)
                .redirects()
                .follow(false)
                .log()
                .ifValidationFails();
    }

    /** Starts a quiz and returns its JSON. */
    JsonPath start(String body) {
        return http().contentType(ContentType.JSON)
                .body(body)
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    Response answer(String id, int index, String body) {
        return http().contentType(ContentType.JSON).body(body).put("/api/quizzes/" + id + "/answers/" + index);
    }

    Response submit(String id) {
        return http().contentType(ContentType.JSON).post("/api/quizzes/" + id + "/submit");
    }

    /** The CSRF token of a page's forms (its cookie lands in the jar). */
    String csrfToken(String page) {
        Matcher m =
                CSRF.matcher(http().get(page).then().statusCode(200).extract().asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return m.group(1);
    }

    /** The keys the attempt stored, read from the database (the API never sends them before the submit). */
    static List<Integer> keys(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(id)).questions.stream()
                        .map(AttemptQuestion::answer)
                        .toList());
    }

    /** A wrong option for each question: the one after the key. */
    static List<Integer> wrongOptions(String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(id)).questions.stream()
                        .map(q -> (q.answer() + 1) % q.options().size())
                        .toList());
    }
}
