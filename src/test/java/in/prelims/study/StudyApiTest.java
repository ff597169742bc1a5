package in.prelims.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import in.prelims.account.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StudyApiTest {

    @Test
    void aNewStudentGetsTheDaysNewCardsWithTheNextIntervalOfEachButton() {
        Student s = new Student();
        List<Map<String, Object>> items = s.items();
        assertThat(items).hasSize(StudySettings.DEFAULT_NEW_PER_DAY);
        Map<String, Object> first = items.get(0);
        assertThat(first.get("state")).isEqualTo("new");
        assertThat((String) first.get("front")).isNotBlank();
        assertThat((String) first.get("citation")).isNotBlank();
        @SuppressWarnings("unchecked")
        Map<String, String> intervals = (Map<String, String>) first.get("intervals");
        assertThat(intervals).containsEntry("1", "1m").containsEntry("2", "6m").containsEntry("3", "10m");
        assertThat(intervals.get("4"))
                .as("Easy skips the steps: days, fuzzed around 8 (6 to 10)")
                .matches("[6-9]d|10d");
    }

    @Test
    void aBatchSentTwiceIsStoredOnce() {
        Student s = new Student();
        List<Map<String, Object>> items = s.items();
        List<String> reviews = new ArrayList<>();
        long at = System.currentTimeMillis() - 60_000;
        for (int i = 0; i < 3; i++) {
            reviews.add(Student.review(Student.newId(), (String) items.get(i).get("card"), 3, at + i));
        }
        String batch = Student.batch(reviews);
        s.sync(batch).then().statusCode(200).body("stored", equalTo(3)).body("repeated", equalTo(0));
        s.sync(batch).then().statusCode(200).body("stored", equalTo(0)).body("repeated", equalTo(3));

        Map<String, Object> queue = s.queue();
        assertThat(queue.get("due"))
                .as("three cards in learning, due again in 10 minutes")
                .isEqualTo(3);
        assertThat(queue.get("newLeftToday")).isEqualTo(StudySettings.DEFAULT_NEW_PER_DAY - 3);
        String card = (String) items.get(0).get("card");
        assertThat(reviewsOf(card, reviews.get(0))).isEqualTo(1);
    }

    @Test
    void anOfflineBatchIsAppliedInTheOrderTheReviewsWereMade() {
        Student s = new Student();
        String card = (String) s.items().get(0).get("card");
        long now = System.currentTimeMillis();
        List<String> reviews = new ArrayList<>(List.of(
                Student.review(Student.newId(), card, 3, now - 3_000_000),
                Student.review(Student.newId(), card, 3, now - 2_000_000),
                Student.review(Student.newId(), card, 1, now - 1_000_000)));
        Collections.reverse(reviews);
        s.sync(Student.batch(reviews)).then().statusCode(200).body("stored", equalTo(3));
        StudyCard stored = QuarkusTransaction.requiringNew()
                .call(() -> StudyCard.<StudyCard>find("cardKey = ?1 and reps = 3", card)
                        .firstResult());
        assertThat(stored.lapses).as("Good, Good, then Again: one lapse").isEqualTo(1);
        assertThat(stored.state).isEqualTo(CardState.RELEARNING.ordinal());
    }

    @Test
    void badReviewsAreRefusedWithA400NamingTheFieldAndNothingIsStored() {
        Student s = new Student();
        String card = (String) s.items().get(0).get("card");
        String good = Student.review(Student.newId(), card, 3, null);
        s.sync(Student.batch(List.of(good, Student.review(Student.newId(), "no-such-card", 3, null))))
                .then()
                .statusCode(400)
                .body("field", equalTo("card"))
                .body("error", containsString("no-such-card"));
        s.sync(Student.batch(List.of(Student.review(Student.newId(), card, 7, null))))
                .then()
                .statusCode(400)
                .body("field", equalTo("rating"));
        s.sync("{\"reviews\":[{\"id\":\"" + Student.newId() + "\",\"card\":\"" + card + "\",\"rating\":\"good\"}]}")
                .then()
                .statusCode(400)
                .body("field", equalTo("reviews[0].rating"));
        s.sync("{\"reviews\":[{\"id\":\"x\",\"card\":\"" + card + "\",\"rating\":3}]}")
                .then()
                .statusCode(400)
                .body("field", equalTo("reviews[0].id"));
        s.sync("{\"reviews\": [").then().statusCode(400).body("field", equalTo("body"));
        s.sync("[]").then().statusCode(400).body("field", equalTo("reviews"));
        List<String> huge = new ArrayList<>();
        for (int i = 0; i < 501; i++) huge.add(Student.review(Student.newId(), card, 3, null));
        s.sync(Student.batch(huge)).then().statusCode(400).body("error", containsString("At most 500"));
        s.http()
                .get("/api/study/queue?topics=no-such-topic")
                .then()
                .statusCode(400)
                .body("field", equalTo("topics"));
        s.http().get("/study?sources=nope").then().statusCode(400).body(containsString("Unknown source"));

        assertThat(s.queue().get("newLeftToday"))
                .as("the refused batch stored nothing")
                .isEqualTo(20);
    }

    @Test
    void badSettingsShowThePageAgainWithTheReason() {
        Student s = new Student();
        s.settings("20", "150", "", "95").then().statusCode(400).body(containsString("retention must be"));
        s.settings("20", "90", "someday", "95").then().statusCode(400).body(containsString("exam date"));
        s.settings("-1", "90", "", "95").then().statusCode(400).body(containsString("newPerDay"));
        s.settings("5", "85", "2031-03-01", "95").then().statusCode(303);
        assertThat(s.items()).hasSize(5);
        s.http().get("/study").then().statusCode(200).body(containsString("value=\"2031-03-01\""));
    }

    @Test
    void aGuestsStudySurvivesSignUp() {
        Student s = new Student();
        String card = (String) s.items().get(0).get("card");
        String id = Student.newId();
        s.sync(Student.batch(List.of(Student.review(id, card, 3, null)))).then().statusCode(200);
        s.settings("7", "90", "2031-05-25", "95").then().statusCode(303);
        String name = "study" + Student.newId().substring(0, 8);
        s.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", s.token("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "correct horse")
                .formParam("confirm", "correct horse")
                .post("/account/signup")
                .then()
                .statusCode(307);
        s.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", s.token("/account"))
                .formParam("j_username", name)
                .formParam("j_password", "correct horse")
                .post("/j_security_check")
                .then()
                .statusCode(302);

        Map<String, Object> queue = s.queue();
        assertThat(queue.get("due")).isEqualTo(1);
        assertThat(queue.get("newLeftToday")).isEqualTo(6);
        long user = QuarkusTransaction.requiringNew()
                .call(() -> Account.byUsername(name).orElseThrow().id);
        StudyReview review = QuarkusTransaction.requiringNew()
                .call(() -> StudyReview.<StudyReview>find("clientId", id).firstResult());
        assertThat(review.userId).isEqualTo(user);
        assertThat(review.guestKey).isNull();
        s.http().get("/study").then().body(containsString("value=\"2031-05-25\""));
    }

    @Test
    void factsMissedInAQuizComeUpForStudy() {
        Student s = new Student();
        String quiz = s.http()
                .contentType(ContentType.JSON)
                .body("{\"count\": 3, \"seed\": 9, \"timeLimitSeconds\": 3600, \"marking\": \"upsc-gs\"}")
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(s.queue().get("due")).isEqualTo(0);
        s.http()
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + quiz + "/submit")
                .then()
                .statusCode(200);
        Map<String, Object> queue = s.queue();
        assertThat((Integer) queue.get("due"))
                .as("blank answers are missed facts")
                .isPositive();
        assertThat(s.items().get(0).get("state")).isEqualTo("new");
    }

    private static long reviewsOf(String card, String firstReviewJson) {
        return QuarkusTransaction.requiringNew()
                .call(() -> StudyReview.count(
                        "cardKey = ?1 and clientId = ?2",
                        card,
                        firstReviewJson.substring(7, firstReviewJson.indexOf("\",\""))));
    }
}
