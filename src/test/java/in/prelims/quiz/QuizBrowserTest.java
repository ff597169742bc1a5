package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;

/** An aspirant in a real Chromium: start from the home page, answer, reload, submit; and a timer running out. */
@QuarkusTest
class QuizBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void answersSurviveAReloadAndTheReviewShowsThem() {
        browser.get(home.toString());
        Browser.screenshot(browser, "quiz-start");
        browser.executeScript("document.querySelector('details.more').scrollIntoView()");
        Browser.screenshot(browser, "quiz-start-topics");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"), 15);

        List<WebElement> questions = browser.findElements(By.cssSelector(".question"));
        assertThat(questions).hasSize(10);
        assertThat(questions.get(0).isDisplayed()).isTrue();
        assertThat(questions.get(1).isDisplayed()).as("one question at a time").isFalse();

        options(0).get(1).click();
        awaitSaved();
        browser.findElement(By.id("next")).click();
        keys("1");
        keys("m");
        keys(org.openqa.selenium.Keys.ARROW_RIGHT.toString());
        options(2).get(0).click();
        questions.get(2).findElement(By.cssSelector("button.clear")).click();
        keys(org.openqa.selenium.Keys.ARROW_RIGHT.toString());
        int last = options(3).size() - 1;
        keys(String.valueOf((char) ('A' + last)));
        awaitSaved();
        assertThat(palette(3).getAttribute("class")).contains("answered");
        Browser.screenshot(browser, "quiz-attempt-one-at-a-time");

        browser.navigate().refresh();
        awaitSaved();
        assertThat(chosen(0)).isEqualTo(1);
        assertThat(chosen(1)).isEqualTo(0);
        assertThat(chosen(2)).as("cleared").isEqualTo(-1);
        assertThat(chosen(3)).isEqualTo(last);
        assertThat(browser.findElements(By.cssSelector(".question .mark"))
                        .get(1)
                        .isSelected())
                .isTrue();
        assertThat(palette(1).getAttribute("class")).contains("answered").contains("marked");
        assertThat(palette(2).getAttribute("class")).doesNotContain("answered");
        assertThat(browser.findElement(By.id("progress")).getText()).startsWith("3 of 10 answered · 1 marked");

        String attemptUrl = browser.getCurrentUrl();
        browser.get(home.toString());
        assertThat(browser.findElement(By.cssSelector(".resume")).getText()).contains("3 of 10 answered");
        Browser.screenshot(browser, "quiz-start-resume");
        browser.findElement(By.cssSelector(".resume a")).click();
        await(d -> d.getCurrentUrl().equals(attemptUrl));
        awaitSaved();

        browser.findElement(By.cssSelector(".view-switch a[data-view=all]")).click();
        assertThat(browser.findElements(By.cssSelector(".question")).get(9).isDisplayed())
                .isTrue();
        Browser.screenshot(browser, "quiz-attempt-all-on-one-page");

        browser.findElement(By.cssSelector("button.submit")).click();
        await(
                d -> {
                    try {
                        d.switchTo().alert().accept();
                        return true;
                    } catch (org.openqa.selenium.NoAlertPresentException e) {
                        return false;
                    }
                },
                5);
        await(d -> d.getCurrentUrl().endsWith("/result"), 15);
        List<WebElement> review = browser.findElements(By.cssSelector(".review-item"));
        assertThat(review).hasSize(10);
        assertThat(review.get(0)
                        .findElements(By.cssSelector("li.chosen .letter"))
                        .get(0)
                        .getText())
                .isEqualTo("B");
        assertThat(review.get(2).getAttribute("class")).contains("unattempted");
        assertThat(review.get(0).findElement(By.cssSelector(".citation")).getText())
                .startsWith("Source:");
        assertThat(browser.findElement(By.cssSelector(".tally .blank strong")).getText())
                .isEqualTo("7");
        Browser.screenshot(browser, "quiz-result");
        browser.executeScript("document.querySelector('.review').scrollIntoView()");
        Browser.screenshot(browser, "quiz-result-review");

        browser.get(home + "history");
        assertThat(browser.findElements(By.cssSelector("table.attempts tbody tr")))
                .hasSize(1);
        await(d -> d.findElement(By.id("trend-chart")).getSize().getHeight() > 100, 10);
        Browser.screenshot(browser, "quiz-history");
    }

    @Test
    void whenTheTimerRunsOutThePageSubmitsItselfAndShowsTheResult() {
        browser.get(home.toString());
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("3");
        browser.findElement(By.id("minutes")).clear();
        browser.findElement(By.id("minutes")).sendKeys("0.1");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"), 15);
        options(0).get(0).click();
        awaitSaved();

        await(d -> d.getCurrentUrl().endsWith("/result"), 20);
        assertThat(browser.findElement(By.cssSelector(".facts-list")).getText()).contains("when the time ran out");
        assertThat(browser.findElements(By.cssSelector(".review-item"))
                        .get(0)
                        .findElements(By.cssSelector("li.chosen")))
                .hasSize(1);
    }

    @Test
    void anAnswerGivenOfflineShowsNotSavedAndIsSavedWhenTheConnectionReturns() {
        browser.get(home.toString());
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"));

        browser.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        options(0).get(1).click();
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("bad"));
        assertThat(browser.findElement(By.id("save-status")).getText()).startsWith("Not saved: no connection");
        assertThat(palette(0).getAttribute("class")).contains("unsaved");
        Browser.screenshot(browser, "quiz-attempt-offline");

        browser.deleteNetworkConditions();
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("saved"), 40);
        assertThat(palette(0).getAttribute("class")).doesNotContain("unsaved");
        browser.navigate().refresh();
        awaitSaved();
        assertThat(chosen(0)).isEqualTo(1);

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.findElement(By.id("timer")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "quiz-attempt-phone");
    }

    @Test
    void aSecondTabSeesTheAnswersGivenInTheFirst() {
        browser.get(home.toString());
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"));
        String attempt = browser.getCurrentUrl();
        String first = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(attempt);
        options(0).get(1).click();
        awaitSaved();

        browser.switchTo().window(first);
        browser.executeScript("window.dispatchEvent(new Event('focus'))");
        await(d -> chosen(0) == 1);
        assertThat(palette(0).getAttribute("class")).contains("answered");
    }

    private List<WebElement> options(int question) {
        return browser.findElements(By.cssSelector(".question"))
                .get(question)
                .findElements(By.cssSelector("label.option"));
    }

    private int chosen(int question) {
        List<WebElement> radios = browser.findElements(By.cssSelector(".question"))
                .get(question)
                .findElements(By.cssSelector("input[type=radio]"));
        for (int i = 0; i < radios.size(); i++) {
            if (radios.get(i).isSelected()) return i;
        }
        return -1;
    }

    private WebElement palette(int question) {
        return browser.findElements(By.cssSelector(".palette .pal")).get(question);
    }

    private void keys(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void awaitSaved() {
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("saved"), 10);
    }
}
