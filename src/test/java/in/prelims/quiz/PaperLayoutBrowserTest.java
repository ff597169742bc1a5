package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In a real browser, a one-click UPSC quiz shows each statement item's question line below its statements. */
@QuarkusTest
class PaperLayoutBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void theQuestionLineIsDrawnBelowTheStatementsAndAboveTheOptions() {
        browser.get(home.toString());
        assertThat(browser.findElement(By.cssSelector("details.more")).getText())
                .contains("UPSC style");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"), 30);
        browser.get(browser.getCurrentUrl() + "?view=all");
        int checked = 0;
        for (WebElement q : browser.findElements(By.cssSelector(".question"))) {
            assertThat(q.findElement(By.cssSelector(".kind")).getText()).isNotIn("True or false", "Fill in the blank");
            if (q.findElements(By.cssSelector(".question-line")).isEmpty()) continue;
            WebElement statements = q.findElement(By.cssSelector(".statements"));
            WebElement line = q.findElement(By.cssSelector(".question-line"));
            WebElement options = q.findElement(By.cssSelector(".options"));
            assertThat(statements.getRect().getY() + statements.getRect().getHeight())
                    .isLessThanOrEqualTo(line.getRect().getY());
            assertThat(line.getRect().getY()).isLessThan(options.getRect().getY());
            if (checked == 0) {
                browser.executeScript("arguments[0].scrollIntoView()", q);
                Browser.screenshot(browser, "paper-layout-quiz");
            }
            checked++;
        }
        assertThat(checked).as("statement items on the page").isPositive();
    }
}
