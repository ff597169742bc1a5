package in.prelims.study;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** An aspirant studies with the keyboard, reloads and finds the cards in learning waiting; the page fits a phone. */
@QuarkusTest
class StudyBrowserTest extends BrowserTest {

    @TestHTTPResource("/study")
    URL page;

    @Test
    void anAspirantStudiesWithTheKeyboardAndFindsTheQueueAfterAReload() {
        browser.get(page.toString());
        await(d -> d.findElement(By.id("study-card")).isDisplayed());
        assertThat(browser.findElement(By.id("study-counts")).getText()).isEqualTo("0 due · 20 new");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String front = browser.findElement(By.id("card-front")).getText();
            assertThat(seen.add(front)).as("a new card each time").isTrue();
            assertThat(browser.findElement(By.id("card-back")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("grades")).isDisplayed()).isFalse();
            new Actions(browser).sendKeys(" ").perform();
            await(d -> d.findElement(By.id("card-back")).isDisplayed());
            assertThat(browser.findElement(By.id("card-answer")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("show-answer")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("card-citation")).getText()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector(".grade.good")).getText())
                    .contains("Good")
                    .contains("10m");
            assertThat(browser.findElement(By.cssSelector(".grade.again")).getText())
                    .contains("1m");
            if (i == 0) Browser.screenshot(browser, "study-1366");
            new Actions(browser).sendKeys("3").perform();
            await(d -> !d.findElement(By.id("card-front")).getText().equals(front));
        }
        await(d ->
                "0".equals(d.executeScript("return String(JSON.parse(localStorage.getItem('study.outbox')).length)")));

        browser.navigate().refresh();
        await(d -> d.findElement(By.id("study-card")).isDisplayed());
        assertThat(browser.findElement(By.id("study-counts")).getText())
                .as("the three cards in learning come back; three new ones were used")
                .isEqualTo("3 due · 17 new");
        assertThat(seen).contains(browser.findElement(By.id("card-front")).getText());
        assertThat(browser.findElement(By.cssSelector(".grade.good")).getText()).doesNotContain("10m");
    }

    @Test
    void thePageFitsAPhoneWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page.toString());
        await(d -> d.findElement(By.id("study-card")).isDisplayed());
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        await(d -> d.findElement(By.id("grades")).isDisplayed());
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "study-390");
        browser.manage().window().setSize(new Dimension(1366, 900));
        Browser.screenshot(browser, "study-1366-back");
    }
}
