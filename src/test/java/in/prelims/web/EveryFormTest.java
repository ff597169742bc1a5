package in.prelims.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.account.Account;
import in.prelims.classes.SchoolClass;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Finds every form the app renders that posts, by crawling its pages as a guest with a running quiz
 * and as a signed-in aspirant with a finished and a running quiz, and checks each one: it carries
 * the form token; sent without it, or with a forged one, it is refused with a 4xx and a message a
 * person can read; sent as the page has it, it goes through.
 */
@QuarkusTest
class EveryFormTest {

    private static final String TOKEN = "csrf-token";
    private static final String PASSWORD = "a fine password";
    private static final int MOST_PAGES = 60;
    private static final String CLASS_CODE =
            "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    private static final Set<String> NOT_PAGES = Set.of("/css/", "/js/", "/webjars/", "/api/", "/q/");
    /**
     * Forms that hand a guest's quizzes to a new account, log in or end the session go last, so the
     * others are sent in the state they were found in.
     */
    private static final List<String> LAST = List.of("/account/signup", "/j_security_check", "/account/logout");

    /** Someone with a browser's cookie jar. */
    private static final class Person {
        final CookieFilter jar = new CookieFilter();
        final String name = "forms" + UUID.randomUUID().toString().substring(0, 8);

        RequestSpecification http() {
            return given().filter(jar).redirects().follow(false).log().ifValidationFails();
        }

        String startQuiz(int timeLimitSeconds) {
            return http().contentType(ContentType.JSON)
                    .body("{\"count\": 3, \"timeLimitSeconds\": " + timeLimitSeconds + "}")
                    .post("/api/quizzes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }

    @Test
    void everyPostingFormCarriesItsTokenAndIsRefusedWithoutIt() {
        Person guest = new Person();
        guest.startQuiz(3600);

        Person aspirant = new Person();
        String signUpToken = token(aspirant, "/account");
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam(TOKEN, signUpToken)
                .formParam("j_username", aspirant.name)
                .formParam("j_password", PASSWORD)
                .formParam("confirm", PASSWORD)
                .post("/account/signup")
                .then()
                .statusCode(307);
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam(TOKEN, token(aspirant, "/account"))
                .formParam("j_username", aspirant.name)
                .formParam("j_password", PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(302);
        // The aspirant also teaches a class, so the class pages' forms are crawled too.
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.byUsername(aspirant.name).orElseThrow();
            account.role = "user,teacher";
            SchoolClass taught = new SchoolClass();
            taught.teacherId = account.id;
            taught.name = "Forms class";
            taught.joinCode = CLASS_CODE;
            taught.createdAt = Instant.now();
            taught.persist();
        });
        String finished = aspirant.startQuiz(3600);
        for (int index = 0; index < 3; index++) {
            aspirant.http()
                    .contentType(ContentType.JSON)
                    .body("{\"option\": 1}")
                    .put("/api/quizzes/" + finished + "/answers/" + index)
                    .then()
                    .statusCode(204);
        }
        aspirant.http()
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + finished + "/submit")
                .then()
                .statusCode(200);
        aspirant.startQuiz(3600);

        List<HtmlForms.Form> guestForms = postingForms(guest);
        List<HtmlForms.Form> aspirantForms = postingForms(aspirant);
        Set<String> found = new HashSet<>();
        guestForms.forEach(f -> found.add(shape(f)));
        aspirantForms.forEach(f -> found.add(shape(f)));
        assertThat(found)
                .as("the forms the app is known to have")
                .contains(
                        "/ -> /",
                        "/account -> /j_security_check",
                        "/account -> /account/signup",
                        "/account -> /account/settings",
                        "/account -> /account/password",
                        "/account -> /account/logout",
                        "/quiz/{id} -> /quiz/{id}/submit",
                        "/history -> /",
                        "/classes -> /classes/join",
                        "/classes -> /classes",
                        "/quiz/{id}/result -> /reports");

        check(guest, guestForms, form -> fill(form, aspirant.name));
        check(aspirant, aspirantForms, form -> fill(form, aspirant.name));
    }

    /** Each form: the token is there, missing or forged it is refused, as the page has it it passes. */
    private static void check(
            Person person, List<HtmlForms.Form> forms, UnaryOperator<List<Map.Entry<String, String>>> filler) {
        for (HtmlForms.Form form : forms) {
            String where = form.page() + " -> " + form.action();
            assertThat(form.value(TOKEN)).as(where + " carries the form token").isNotBlank();
            List<Map.Entry<String, String>> fields = filler.apply(form.fields());
            List<Map.Entry<String, String>> withoutToken =
                    fields.stream().filter(f -> !f.getKey().equals(TOKEN)).toList();
            List<Map.Entry<String, String>> forged = new ArrayList<>(withoutToken);
            forged.add(Map.entry(TOKEN, "forged" + UUID.randomUUID()));
            for (List<Map.Entry<String, String>> bad : List.of(withoutToken, forged)) {
                Response refused = post(person, form.action(), bad);
                assertThat(refused.statusCode())
                        .as(where + " without a valid token: " + refused.asString())
                        .isBetween(400, 499);
                assertThat(refused.asString())
                        .as(where + " says why")
                        .contains("reload the page")
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
            Response accepted = post(person, form.action(), fields);
            assertThat(accepted.statusCode())
                    .as(where + " with its token: " + accepted.asString())
                    .isBetween(200, 399);
            assertThat(String.valueOf(accepted.header("Location"))).as(where).doesNotContain("error");
        }
    }

    /** The forms that post on every page reachable from the start, logout and log-in last. */
    private static List<HtmlForms.Form> postingForms(Person person) {
        List<HtmlForms.Form> forms = new ArrayList<>();
        Set<String> shapes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pages = new ArrayDeque<>(List.of("/", "/account", "/history"));
        while (!pages.isEmpty() && seen.size() < MOST_PAGES) {
            String page = pages.removeFirst();
            if (!seen.add(page.split("\\?")[0])) {
                continue;
            }
            Response response = person.http().accept(ContentType.HTML).get(page);
            if (response.statusCode() != 200
                    || !String.valueOf(response.contentType()).startsWith("text/html")) {
                continue;
            }
            String html = response.asString();
            for (HtmlForms.Form form : HtmlForms.on(page, html)) {
                if (form.method().equals("post") && shapes.add(shape(form))) {
                    forms.add(form);
                }
            }
            HtmlForms.links(html).stream().filter(EveryFormTest::isPage).forEach(pages::addLast);
        }
        forms.sort(Comparator.comparingInt(f -> LAST.indexOf(f.action())));
        return forms;
    }

    private static boolean isPage(String link) {
        return NOT_PAGES.stream().noneMatch(link::startsWith) && !link.matches(".*\\.(pdf|css|js|png|ico|svg)(\\?.*)?");
    }

    /** The page and the action with attempt ids left out, e.g. "/quiz/{id} -> /quiz/{id}/submit". */
    private static String shape(HtmlForms.Form form) {
        String ids = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        return form.page().replaceAll(ids, "{id}") + " -> " + form.action().replaceAll(ids, "{id}");
    }

    /** What a person types into the empty fields: a new name to sign up, the aspirant's to log in. */
    private static List<Map.Entry<String, String>> fill(List<Map.Entry<String, String>> fields, String aspirant) {
        boolean signUp = fields.stream().anyMatch(f -> f.getKey().equals("confirm"));
        String name = signUp ? "new" + UUID.randomUUID().toString().substring(0, 8) : aspirant;
        return fields.stream()
                .map(f -> !f.getValue().isEmpty()
                        ? f
                        : switch (f.getKey()) {
                            case "j_username" -> Map.entry(f.getKey(), name);
                            case "j_password", "confirm", "current", "password" -> Map.entry(f.getKey(), PASSWORD);
                            case "code" -> Map.entry(f.getKey(), CLASS_CODE);
                            case "message" -> Map.entry(f.getKey(), "The key looks wrong");
                            default -> f;
                        })
                .toList();
    }

    private static Response post(Person person, String action, List<Map.Entry<String, String>> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach(
                f -> values.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(f.getValue()));
        RequestSpecification request = person.http().contentType(ContentType.URLENC.withCharset("UTF-8"));
        values.forEach(request::formParam);
        return request.post(action);
    }

    private static String token(Person person, String page) {
        return HtmlForms.on(
                        page,
                        person.http().get(page).then().statusCode(200).extract().asString())
                .stream()
                .map(f -> f.value(TOKEN))
                .filter(t -> t != null && !t.isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
