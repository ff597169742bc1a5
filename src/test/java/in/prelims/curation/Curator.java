package in.prelims.curation;

import static io.restassured.RestAssured.given;

import in.prelims.account.Account;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A curator account made directly in the database, logged in with its own cookie jar. */
final class Curator {

    static final String PASSWORD = "curate all day";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final String username = "curator" + UUID.randomUUID().toString().substring(0, 8);
    final CookieFilter jar = new CookieFilter();

    static Curator create(String role) {
        Curator c = new Curator();
        QuarkusTransaction.requiringNew().run(() -> {
            Account a = new Account();
            a.username = c.username;
            a.password = BcryptUtil.bcryptHash(PASSWORD);
            a.role = role;
            a.createdAt = Instant.now();
            a.persist();
        });
        return c;
    }

    Curator logIn() {
        Matcher m = CSRF.matcher(http().get("/account").then().extract().asString());
        if (!m.find()) throw new AssertionError("no form token on /account");
        http().contentType(ContentType.URLENC)
                .formParam("csrf-token", m.group(1))
                .formParam("j_username", username)
                .formParam("j_password", PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(302);
        return this;
    }

    RequestSpecification http() {
        return given().filter(jar).redirects().follow(false).log().ifValidationFails();
    }

    RequestSpecification json() {
        return http().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Stores a document's text in the studio (201) and gives the studio's answer: its file and source. */
    JsonPath storeDocument(String text) {
        return json().body(Map.of("text", text))
                .post("/api/curation/documents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
