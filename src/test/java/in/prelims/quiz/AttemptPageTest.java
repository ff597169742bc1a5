package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The attempt page is rendered once per attempt and owner, without answers or marks (the page's
 * script reads them from the state API), and its owner is checked from memory: what each request
 * fills in, and what must still hold when the page and the owner come from memory.
 */
@QuarkusTest
class AttemptPageTest {

    private static final String QUIZ = "{\"count\": 3, \"timeLimitSeconds\": 600}";
    private static final Pattern SERVER_NOW = Pattern.compile("data-server-now=\"(\\d+)\"");

    private final QuizClient aspirant = new QuizClient();

    @Test
    void thePageCarriesNoAnswersAndFillsItsSlotsPerRequest() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.http().get("/quiz/" + id).then().statusCode(200);
        aspirant.answer(id, 0, "{\"option\": 1, \"marked\": true}").then().statusCode(204);

        String one = aspirant.http()
                .get("/quiz/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(one).doesNotContain("\u0001").doesNotContain("checked");
        assertThat(one).contains("class=\"attempt view-one\"").contains("data-view=\"one\" aria-current=\"true\"");
        Matcher now = SERVER_NOW.matcher(one);
        assertThat(now.find()).as("the server's time on the page").isTrue();
        assertThat(Long.parseLong(now.group(1))).isGreaterThan(System.currentTimeMillis() - 60_000);
        assertThat(aspirant.csrfToken("/quiz/" + id)).isNotBlank();

        String all = aspirant.http()
                .get("/quiz/" + id + "?view=all")
                .then()
                .extract()
                .asString();
        assertThat(all).contains("class=\"attempt view-all\"").contains("data-view=\"all\" aria-current=\"true\"");
        assertThat(all).doesNotContain("data-view=\"one\" aria-current");

        aspirant.http()
                .get("/api/quizzes/" + id)
                .then()
                .body("answers[0]", equalTo(1))
                .body("marked[0]", equalTo(true));
    }

    @Test
    void aStrangerGetsNotFoundWhileTheOwnersPageIsInMemory() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.http().get("/quiz/" + id).then().statusCode(200);
        QuizClient stranger = new QuizClient();
        stranger.start(QUIZ);
        stranger.http()
                .accept(ContentType.HTML)
                .get("/quiz/" + id)
                .then()
                .statusCode(404)
                .body(containsString("No quiz " + id + " here"));
    }

    @Test
    void aSubmittedAttemptGoesToItsResultThoughItsPageWasInMemory() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.http().get("/quiz/" + id).then().statusCode(200);
        aspirant.submit(id).then().statusCode(200);
        aspirant.http()
                .get("/quiz/" + id)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/quiz/" + id + "/result"));
    }

    @Test
    void anAttemptHandedOverOnAnotherInstanceIsFoundByItsNewOwner() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.http().get("/quiz/" + id).then().statusCode(200);
        QuizClient other = new QuizClient();
        String theirs = other.start(QUIZ).getString("id");
        // as another instance would: the owner changes in the database, and this instance hears nothing
        QuarkusTransaction.requiringNew().run(() -> {
            String guestKey = QuizAttempt.<QuizAttempt>findById(UUID.fromString(theirs)).guestKey;
            QuizAttempt.update("guestKey = ?1 where id = ?2", guestKey, UUID.fromString(id));
        });
        other.http().get("/quiz/" + id).then().statusCode(200);
    }

    @Test
    void aGuestWhoSignsUpSeesTheirAttemptAsTheAccount() {
        String id = aspirant.start(QUIZ).getString("id");
        aspirant.http().get("/quiz/" + id).then().statusCode(200).body(containsString("Guest (not signed in)"));
        String name = "page" + UUID.randomUUID().toString().substring(0, 8);
        aspirant.http()
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", aspirant.csrfToken("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "correct horse")
                .formParam("confirm", "correct horse")
                .post("/account/signup")
                .then()
                .statusCode(307);
        aspirant.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", aspirant.csrfToken("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "correct horse")
                .post("/j_security_check")
                .then()
                .statusCode(302);
        aspirant.http().get("/quiz/" + id).then().statusCode(200).body(containsString("Signed in as " + name));
    }
}
