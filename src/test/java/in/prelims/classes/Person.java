package in.prelims.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Someone with a browser's cookie jar who signs up and posts forms with the page's token. */
final class Person {

    static final String PASSWORD = "a fine password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final CookieFilter jar = new CookieFilter();
    final String name;

    Person(String name) {
        this.name = name;
    }

    static Person signUp(String name) {
        Person p = new Person(name);
        p.form("/account", "/account/signup", "j_username", name, "j_password", PASSWORD, "confirm", PASSWORD)
                .then()
                .statusCode(307);
        p.form("/account", "/j_security_check", "j_username", name, "j_password", PASSWORD)
                .then()
                .statusCode(302);
        return p;
    }

    /** Signs up, or logs in when an earlier test already made the account (fixed names such as an admin's). */
    static Person signUpOrLogIn(String name) {
        Person p = new Person(name);
        int status = p.form(
                        "/account", "/account/signup", "j_username", name, "j_password", PASSWORD, "confirm", PASSWORD)
                .statusCode();
        assertThat(status).isIn(307, 409);
        p.form("/account", "/j_security_check", "j_username", name, "j_password", PASSWORD)
                .then()
                .statusCode(302);
        return p;
    }

    RequestSpecification http() {
        return given().filter(jar).redirects().follow(false);
    }

    String token(String page) {
        Matcher m = CSRF.matcher(http().get(page).then().extract().asString());
        assertThat(m.find()).as("a form token on " + page).isTrue();
        return m.group(1);
    }

    /** Posts a form as the page {@code from} has it, with these fields (name, value, name, value ...). */
    Response form(String from, String action, String... fields) {
        RequestSpecification r =
                http().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("csrf-token", token(from));
        for (int i = 0; i < fields.length; i += 2) {
            r.formParam(fields[i], fields[i + 1]);
        }
        return r.post(action);
    }

    /** The path a 303 sends the person to. */
    static String location(Response r) {
        r.then().statusCode(303);
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }
}
