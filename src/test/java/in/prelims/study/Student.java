package in.prelims.study;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client of the study API: its own cookie jar. */
final class Student {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final CookieFilter jar = new CookieFilter();

    RequestSpecification http() {
        return given().filter(jar).redirects().follow(false);
    }

    String token(String page) {
        Matcher m = CSRF.matcher(http().get(page).then().extract().asString());
        assertThat(m.find()).as("a form token on " + page).isTrue();
        return m.group(1);
    }

    Map<String, Object> queue() {
        return http().get("/api/study/queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items() {
        return (List<Map<String, Object>>) queue().get("items");
    }

    Response sync(String json) {
        return http().contentType(ContentType.JSON).body(json).post("/api/study/reviews");
    }

    Response settings(String newPerDay, String retention, String examDate, String examTarget) {
        return http().contentType(ContentType.URLENC)
                .formParam("csrf-token", token("/study"))
                .formParam("newPerDay", newPerDay)
                .formParam("retention", retention)
                .formParam("examDate", examDate)
                .formParam("examTarget", examTarget)
                .post("/study/settings");
    }

    static String review(String id, String card, int rating, Long at) {
        return "{\"id\":\"" + id + "\",\"card\":\"" + card + "\",\"rating\":" + rating
                + (at == null ? "" : ",\"at\":" + at) + "}";
    }

    static String batch(List<String> reviews) {
        return "{\"reviews\":[" + String.join(",", reviews) + "]}";
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
