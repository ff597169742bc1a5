package in.prelims.account;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.quiz.QuizAttempt;
import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A guest takes a quiz, signs up and finds it in their history, then practises their weak topics
 * and logs out, in a real Chromium.
 */
@QuarkusTest
class AccountBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void aGuestSignsUpKeepsTheQuizAndPractisesWeakTopics() {
        browser.get(home.toString());
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("5");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"));
        String quizUrl = browser.getCurrentUrl();
        String quizId = quizUrl.substring(quizUrl.lastIndexOf('/') + 1);
        Browser.screenshot(browser, "quiz-attempt-kinds");
        browser.findElements(By.cssSelector(".question"))
                .get(0)
                .findElements(By.cssSelector("label.option"))
                .get(0)
                .click();
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("saved"));
        browser.findElement(By.cssSelector("button.submit")).click();
        browser.switchTo().alert().accept();
        await(d -> d.getCurrentUrl().endsWith("/result"));

        browser.findElement(By.linkText("Account")).click();
        String name = "asha" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("signup-username")).sendKeys(name);
        browser.findElement(By.id("signup-password")).sendKeys("exam-ready-2026");
        browser.findElement(By.id("signup-confirm")).sendKeys("exam-ready-2026");
        Browser.screenshot(browser, "account-sign-up");
        browser.findElement(By.cssSelector("form[action='/account/signup'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));

        browser.findElement(By.linkText("Account")).click();
        assertThat(browser.findElement(By.cssSelector("main .lead")).getText()).contains("Signed in as " + name);
        Browser.screenshot(browser, "account-profile");

        browser.findElement(By.linkText("History")).click();
        assertThat(browser.findElements(By.cssSelector("a[href='/quiz/" + quizId + "/result']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".guest-note"))).isEmpty();
        List<WebElement> weak = browser.findElements(By.cssSelector(".weak-list strong"));
        assertThat(weak).isNotEmpty();
        Set<String> weakTopics = new HashSet<>(
                weak.stream().map(w -> w.getAttribute("data-topic")).toList());
        browser.findElement(By.cssSelector(".weak button")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"));
        String practice =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        QuizAttempt attempt = QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt a = QuizAttempt.findById(UUID.fromString(practice));
            a.questions.forEach(q -> q.topics().size());
            return a;
        });
        assertThat(new HashSet<>(Arrays.asList(attempt.topics.split(",")))).isEqualTo(weakTopics);
        assertThat(attempt.questions).allMatch(q -> q.topics().stream().anyMatch(weakTopics::contains));

        browser.findElement(By.linkText("Account")).click();
        browser.findElement(By.cssSelector("form[action='/account/logout'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));
        browser.get(home + "history");
        assertThat(browser.findElements(By.cssSelector("table.attempts"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".guest-note"))).hasSize(1);
    }
}
