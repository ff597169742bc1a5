package in.prelims.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Log-ins are server-side sessions: the cookie is HttpOnly and SameSite, log-out and a password change
 * end them for every copy of the cookie, "remember me" makes it last 30 days; guest cookies are signed;
 * a POST without a body still needs its form token; sign-ups per address are limited.
 */
@QuarkusTest
class SessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "long enough";
    private static final String QUIZ = "{\"count\": 3, \"timeLimitSeconds\": 3600}";

    /** A browser at an address of its own. */
    private static final class Person {
        final CookieFilter jar = new CookieFilter();
        final String address = "10.9." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);

        RequestSpecification http() {
            return given().filter(jar)
                    .header("X-Forwarded-For", address)
                    .redirects()
                    .follow(false)
                    .log()
                    .ifValidationFails();
        }

        String token() {
            Matcher m = CSRF.matcher(http().get("/account").asString());
            assertThat(m.find()).isTrue();
            return m.group(1);
        }

        Response logIn(String name, boolean remember) {
            RequestSpecification form = http().contentType(ContentType.URLENC)
                    .formParam("csrf-token", token())
                    .formParam("j_username", name)
                    .formParam("j_password", PASSWORD);
            if (remember) form.formParam("remember", "on");
            Response response = form.post("/j_security_check");
            response.then().statusCode(302);
            return response;
        }

        String session() {
            return jar.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(SessionCookie.NAME))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
        }

        boolean signedIn() {
            return http().accept(ContentType.HTML).get("/account").asString().contains("Signed in as");
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
    }

    private static String account() {
        String name = "sess" + UUID.randomUUID().toString().substring(0, 8);
        Person maker = new Person();
        maker.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", maker.token())
                .formParam("j_username", name)
                .formParam("j_password", PASSWORD)
                .formParam("confirm", PASSWORD)
                .post("/account/signup")
                .then()
                .statusCode(307);
        return name;
    }

    /** A client that has nothing but a copy of someone's session cookie. */
    private static RequestSpecification withOnly(String sessionCookie) {
        return given().cookie(SessionCookie.NAME, sessionCookie).redirects().follow(false);
    }

    @Test
    void theLogInCookieIsHttpOnlyStrictAndTheOnlyLogInCookie() {
        Response login = new Person().logIn(account(), false);
        List<String> cookies = login.headers().getValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
        assertThat(session).as("a browser-session cookie without remember me").doesNotContain("Max-Age");
        assertThat(cookies).noneMatch(c -> c.startsWith("quarkus-credential=") && !c.contains("Max-Age=0"));
    }

    @Test
    void aSavedCookieIsUselessAfterLogOut() {
        String name = account();
        Person meera = new Person();
        meera.logIn(name, false);
        String quiz = meera.startQuiz();
        String saved = meera.session();
        withOnly(saved).get("/account").then().body(containsString("Signed in as " + name));
        withOnly(saved).get("/api/quizzes/" + quiz).then().statusCode(200);

        meera.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", meera.token())
                .post("/account/logout")
                .then()
                .statusCode(303)
                .header("Set-Cookie", containsString(SessionCookie.NAME + "=;"));

        assertThat(meera.signedIn()).isFalse();
        withOnly(saved).get("/account").then().body(not(containsString("Signed in as")));
        withOnly(saved).get("/api/quizzes/" + quiz).then().statusCode(404);
        withOnly(saved)
                .contentType(ContentType.JSON)
                .body("{\"option\": 1}")
                .put("/api/quizzes/" + quiz + "/answers/0")
                .then()
                .statusCode(404);
        withOnly(saved)
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + quiz + "/submit")
                .then()
                .statusCode(404);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSession() {
        String name = account();
        Person laptop = new Person();
        Person phone = new Person();
        laptop.logIn(name, false);
        phone.logIn(name, true);
        assertThat(phone.signedIn()).isTrue();

        laptop.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", laptop.token())
                .formParam("current", "not it")
                .formParam("password", "a new password")
                .formParam("confirm", "a new password")
                .post("/account/password")
                .then()
                .statusCode(400)
                .body(containsString("current password is not right"));
        assertThat(phone.signedIn()).isTrue();

        laptop.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", laptop.token())
                .formParam("current", PASSWORD)
                .formParam("password", "a new password")
                .formParam("confirm", "a new password")
                .post("/account/password")
                .then()
                .statusCode(303);

        assertThat(laptop.signedIn()).as("the browser that changed it").isTrue();
        assertThat(phone.signedIn()).as("every other one").isFalse();
        laptop.http().get("/account?password=true").then().body(containsString("Password changed"));
    }

    @Test
    void rememberMeLastsThirtyDays() {
        Response login = new Person().logIn(account(), true);
        String session = login.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("Max-Age=" + 30L * 24 * 3600);
    }

    @Test
    void everyPageSaysWhoIsSignedInAndAccountPagesAreNotStored() {
        String name = account();
        Person ravi = new Person();
        ravi.http().accept(ContentType.HTML).get("/").then().body(containsString("Guest (not signed in)"));
        ravi.logIn(name, false);
        for (String page : List.of("/", "/history", "/facts", "/worksheets", "/flashcards", "/account")) {
            ravi.http()
                    .accept(ContentType.HTML)
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(containsString("Signed in as " + name));
        }
        ravi.http().get("/account").then().header("Cache-Control", containsString("no-store"));
        new Person().http().get("/account/login").then().header("Cache-Control", containsString("no-store"));
    }

    @Test
    void aGuestCookieTheServerDidNotIssueIsReplaced() {
        Person guest = new Person();
        String quiz = guest.startQuiz();
        String issued = guest.jar.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("prelims_guest"))
                .findFirst()
                .orElseThrow()
                .getValue();
        assertThat(issued).matches("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");
        given().cookie("prelims_guest", issued)
                .get("/api/quizzes/" + quiz)
                .then()
                .statusCode(200);

        String forged = issued.substring(0, 44) + "A".repeat(43);
        given().cookie("prelims_guest", forged)
                .get("/api/quizzes/" + quiz)
                .then()
                .statusCode(404);
        String unsignedMadeUp = "B".repeat(43);
        Response replaced = given().cookie("prelims_guest", unsignedMadeUp)
                .contentType(ContentType.JSON)
                .body(QUIZ)
                .post("/api/quizzes");
        replaced.then().statusCode(201);
        String fresh = replaced.getCookie("prelims_guest");
        assertThat(fresh).isNotNull().isNotEqualTo(unsignedMadeUp).contains(".");
        String theirs = replaced.path("id");
        given().cookie("prelims_guest", fresh)
                .get("/api/quizzes/" + theirs)
                .then()
                .statusCode(200);
        given().cookie("prelims_guest", unsignedMadeUp)
                .get("/api/quizzes/" + theirs)
                .then()
                .statusCode(404);
    }

    @Test
    void postsWithoutABodyNeedTheirFormTokenToo() {
        String name = account();
        Person asha = new Person();
        asha.logIn(name, false);
        asha.token();
        String quiz = asha.startQuiz();
        for (String action :
                List.of("/account/logout", "/quiz/" + quiz + "/submit", "/api/quizzes/" + quiz + "/submit")) {
            boolean api = action.startsWith("/api/");
            Response refused = (api ? asha.http() : asha.http().accept(ContentType.HTML)).post(action);
            assertThat(refused.statusCode()).as(action).isEqualTo(400);
            assertThat(refused.asString()).as(action).contains(api ? "send JSON" : "reload the page");
            Response plain = asha.http().contentType("text/plain").body("x").post(action);
            assertThat(plain.statusCode()).as(action + " as text/plain").isBetween(400, 415);
        }
        assertThat(asha.signedIn()).isTrue();
        asha.http()
                .get("/api/quizzes/" + quiz)
                .then()
                .statusCode(200)
                .body("submitted", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void signUpsFromOneAddressAreLimited() {
        String taken = account();
        Person crawler = new Person();
        String token = crawler.token();
        int limit = 300;
        for (int i = 0; i < limit; i++) {
            crawler.http()
                    .contentType(ContentType.URLENC)
                    .formParam("csrf-token", token)
                    .formParam("j_username", taken)
                    .formParam("j_password", PASSWORD)
                    .formParam("confirm", PASSWORD)
                    .post("/account/signup")
                    .then()
                    .statusCode(409);
        }
        Response refused = crawler.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token)
                .formParam("j_username", "fresh" + UUID.randomUUID().toString().substring(0, 8))
                .formParam("j_password", PASSWORD)
                .formParam("confirm", PASSWORD)
                .post("/account/signup");
        refused.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(refused.asString()).contains("Too many sign-ups");
        long accounts = QuarkusTransaction.requiringNew().call(() -> Account.count());
        assertThat(accounts).isPositive();
    }
}
