package in.prelims.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sign up, log in and out over HTTP; a guest's attempts follow them into the account; nobody sees another's. */
@QuarkusTest
class AccountTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String QUIZ = "{\"count\": 3, \"timeLimitSeconds\": 3600, \"marking\": \"upsc-gs\"}";

    /** A browser-like client: its own cookie jar. */
    private static final class Person {
        final CookieFilter jar = new CookieFilter();

        RequestSpecification http() {
            return given().filter(jar).redirects().follow(false);
        }

        String token(String page) {
            Matcher m = CSRF.matcher(http().get(page).then().extract().asString());
            assertThat(m.find()).as("a form token on " + page).isTrue();
            return m.group(1);
        }

        String startQuiz() {
            return http().contentType(ContentType.JSON)
                    .body(QUIZ)
                    .post("/api/quizzes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        Response signUp(String name, String password, String confirm) {
            return http().contentType(ContentType.URLENC.withCharset("UTF-8"))
                    .formParam("csrf-token", token("/account"))
                    .formParam("j_username", name)
                    .formParam("j_password", password)
                    .formParam("confirm", confirm)
                    .post("/account/signup");
        }

        Response logIn(String name, String password) {
            return http().contentType(ContentType.URLENC)
                    .formParam("csrf-token", token("/account"))
                    .formParam("j_username", name)
                    .formParam("j_password", password)
                    .post("/j_security_check");
        }

        int status(String path) {
            return http().get(path).statusCode();
        }
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGuestWhoSignsUpKeepsTheirAttemptsAndIsLoggedIn() {
        Person asha = new Person();
        String guestQuiz = asha.startQuiz();
        String name = unique("asha");
        asha.signUp(name, "correct horse", "correct horse")
                .then()
                .statusCode(307)
                .header("Location", endsWith("/j_security_check"));
        asha.logIn(name, "correct horse").then().statusCode(302);

        asha.http().get("/api/quizzes/" + guestQuiz).then().statusCode(200);
        asha.http().get("/account").then().statusCode(200).body(containsString("Signed in as " + name));
        Long owner = QuarkusTransaction.requiringNew()
                .call(() -> Account.byUsername(name).orElseThrow().id);
        assertThat(ownerOf(guestQuiz)).isEqualTo(owner);
        asha.http().get("/history").then().body(containsString("/quiz/" + guestQuiz));
    }

    @Test
    void loggingInHandsOverTheGuestsAttemptsToo() {
        String name = unique("ravi");
        Person first = new Person();
        first.signUp(name, "long enough", "long enough").then().statusCode(307);

        Person laterOnAnotherDevice = new Person();
        String guestQuiz = laterOnAnotherDevice.startQuiz();
        laterOnAnotherDevice.logIn(name, "long enough").then().statusCode(302).header("Location", endsWith("/"));
        laterOnAnotherDevice.http().get("/").then().statusCode(200);
        assertThat(ownerOf(guestQuiz)).isNotNull();
        laterOnAnotherDevice.http().get("/quiz/" + guestQuiz).then().statusCode(200);
    }

    @Test
    void anotherUsersAttemptIsNotFoundOnEveryRouteAndLoggingOutHidesOnesOwn() {
        Person meera = new Person();
        String meeraName = unique("meera");
        meera.signUp(meeraName, "password one", "password one").then().statusCode(307);
        meera.logIn(meeraName, "password one").then().statusCode(302);
        String quiz = meera.startQuiz();
        assertThat(ownerOf(quiz)).isNotNull();

        Person john = new Person();
        String johnName = unique("john");
        john.signUp(johnName, "password two", "password two").then().statusCode(307);
        john.logIn(johnName, "password two").then().statusCode(302);
        assertThat(john.status("/api/quizzes/" + quiz)).isEqualTo(404);
        assertThat(john.status("/quiz/" + quiz)).isEqualTo(404);
        assertThat(john.status("/quiz/" + quiz + "/result")).isEqualTo(404);
        john.http()
                .contentType(ContentType.JSON)
                .body("{\"option\": 0}")
                .put("/api/quizzes/" + quiz + "/answers/0")
                .then()
                .statusCode(404);
        john.http()
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + quiz + "/submit")
                .then()
                .statusCode(404);
        john.http().get("/history").then().body(org.hamcrest.Matchers.not(containsString(quiz)));

        meera.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", meera.token("/account"))
                .post("/account/logout")
                .then()
                .statusCode(303);
        assertThat(meera.status("/api/quizzes/" + quiz)).isEqualTo(404);
        meera.logIn(meeraName, "password one").then().statusCode(302);
        assertThat(meera.status("/api/quizzes/" + quiz)).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAndBadSignUpsAreRefusedWithMessages() {
        Person someone = new Person();
        String name = unique("neha");
        someone.signUp(name, "eight chars", "eight chars").then().statusCode(307);
        someone.logIn(name, "not the password")
                .then()
                .statusCode(302)
                .header("Location", containsString("/account/login?error"));
        someone.http()
                .get("/account/login?error=true")
                .then()
                .statusCode(401)
                .body(containsString("do not match an account"));

        Person other = new Person();
        other.signUp(name.toUpperCase(), "eight chars", "eight chars")
                .then()
                .statusCode(409)
                .body(containsString("is taken"));
        other.signUp(unique("x"), "short", "short").then().statusCode(400).body(containsString("at least 8"));
        other.signUp(unique("y"), "eight chars", "eight charz")
                .then()
                .statusCode(400)
                .body(containsString("differ"));
        other.signUp("a b", "eight chars", "eight chars").then().statusCode(400).body(containsString("3 to 40"));
        other.signUp(unique("z"), "é".repeat(40), "é".repeat(40))
                .then()
                .statusCode(400)
                .body(containsString("72 bytes"));
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> Account.byUsername(name).orElseThrow().password);
        assertThat(stored).startsWith("$2a$").doesNotContain("eight chars");
    }

    @Test
    void extraTimeFromTheAccountLengthensNewQuizzes() {
        Person candidate = new Person();
        String name = unique("pwbd");
        candidate.signUp(name, "scribe please", "scribe please").then().statusCode(307);
        candidate.logIn(name, "scribe please").then().statusCode(302);
        candidate
                .http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", candidate.token("/account"))
                .formParam("extraMinutesPerHour", "20")
                .post("/account/settings")
                .then()
                .statusCode(303);
        candidate
                .http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", candidate.token("/account"))
                .formParam("extraMinutesPerHour", "90")
                .post("/account/settings")
                .then()
                .statusCode(400)
                .body("error", containsString("0 to 30"));

        var started = candidate
                .http()
                .contentType(ContentType.JSON)
                .body(QUIZ)
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .body("extraSeconds", equalTo(1200))
                .body("timeLimitSeconds", equalTo(3600))
                .extract()
                .jsonPath();
        Duration allowed =
                Duration.between(Instant.parse(started.getString("now")), Instant.parse(started.getString("deadline")));
        assertThat(allowed.toSeconds()).isBetween(4790L, 4800L);

        Person anonymous = new Person();
        anonymous
                .http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", anonymous.token("/account"))
                .formParam("extraMinutesPerHour", "20")
                .post("/account/settings")
                .then()
                .statusCode(302)
                .header("Location", containsString("/account/login"));
    }

    @Test
    void theGuestCookieIsHttpOnlyAndLax() {
        new Person()
                .http()
                .contentType(ContentType.JSON)
                .body(QUIZ)
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .header("Set-Cookie", startsWith("prelims_guest="))
                .header("Set-Cookie", org.hamcrest.Matchers.containsStringIgnoringCase("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Lax"));
    }

    private static Long ownerOf(String quiz) {
        return QuarkusTransaction.requiringNew()
                .call(() -> in.prelims.quiz.QuizAttempt.<in.prelims.quiz.QuizAttempt>findById(UUID.fromString(quiz))
                        .userId);
    }
}
