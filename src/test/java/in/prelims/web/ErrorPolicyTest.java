package in.prelims.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One error policy: browsers get the site's error page with the message, API clients get JSON. */
@QuarkusTest
class ErrorPolicyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final CookieFilter jar = new CookieFilter();

    private RequestSpecification http() {
        return given().filter(jar).redirects().follow(false);
    }

    private String token(String page) {
        Matcher m = CSRF.matcher(http().accept(BROWSER).get(page).asString());
        assertThat(m.find()).as("a form token on " + page).isTrue();
        return m.group(1);
    }

    @Test
    void aBrowserOpeningABadFilterGetsAPageWithTheMessageAndAWayBack() {
        Response page = http().accept(BROWSER)
                .header("Referer", "http://elsewhere.example/facts?topic=x")
                .get("/facts?source=nope");
        assertPage(page, 400, "Unknown source &#39;nope&#39;");
        assertThat(page.asString()).contains("href=\"/facts?topic=x\"");
    }

    @Test
    void anApiClientGetsJsonNamingTheField() {
        http().accept(ContentType.JSON)
                .get("/api/facts?source=nope")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("error", containsString("Unknown source 'nope'"))
                .body("field", equalTo("source"));
    }

    @Test
    void aBrowserPostingABadSettingGetsAPageNotJson() {
        String name = "errors" + UUID.randomUUID().toString().substring(0, 8);
        http().accept(BROWSER)
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "a fine password")
                .formParam("confirm", "a fine password")
                .post("/account/signup")
                .then()
                .statusCode(307);
        http().contentType(ContentType.URLENC)
                .formParam("csrf-token", token("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "a fine password")
                .post("/j_security_check")
                .then()
                .statusCode(302);

        assertPage(
                http().accept(BROWSER)
                        .contentType(ContentType.URLENC)
                        .formParam("csrf-token", token("/account"))
                        .formParam("extraMinutesPerHour", "90")
                        .post("/account/settings"),
                400,
                "0 to 30 minutes per hour");
        http().accept("*/*")
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token("/account"))
                .formParam("extraMinutesPerHour", "lots")
                .post("/account/settings")
                .then()
                .statusCode(400)
                .body("field", equalTo("extraMinutesPerHour"))
                .body("error", containsString("whole number"));
    }

    @Test
    void aMissingQuizIsAPageForABrowserAndJsonUnderApi() {
        assertPage(http().accept(BROWSER).get("/quiz/" + UUID.randomUUID()), 404, "No quiz");
        http().accept(BROWSER)
                .get("/api/quizzes/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("error", containsString("No quiz"));
    }

    @Test
    void aFormWithoutItsTokenIsExplainedInTheClientsLanguage() {
        assertPage(
                http().accept(BROWSER)
                        .contentType(ContentType.URLENC)
                        .formParam("count", "5")
                        .post("/"),
                400,
                "This form has expired");
        http().accept(BROWSER)
                .contentType(ContentType.URLENC)
                .post("/api/quizzes/" + UUID.randomUUID() + "/submit")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", containsString("Content-Type: application/json"));
    }

    private static void assertPage(Response page, int status, String message) {
        String html = page.asString();
        assertThat(page.statusCode()).as(html).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(html)
                .contains("<header class=\"site\">")
                .contains("role=\"alert\"")
                .contains(message)
                .contains("href=\"/\"")
                .doesNotContain("\"status\"");
    }
}
