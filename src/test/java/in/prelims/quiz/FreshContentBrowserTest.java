package in.prelims.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An aspirant sees how current the questions are, asks for the last 7 days (the shipped documents are
 * of 2017 and 2020, so the form says in words that there are none), then takes a quiz on July 2017;
 * the facts page offers the month's compilation in one click.
 */
@QuarkusTest
class FreshContentBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void anAspirantRestrictsAQuizToAMonthAndFindsTheMonthlyCompilation() {
        browser.get(home.toString());
        assertThat(browser.findElement(By.id("freshness")).getText()).startsWith("Newest document: 8 October 2020");

        browser.findElement(By.cssSelector("#period option[value='last-7-days']"))
                .click();
        browser.findElement(By.cssSelector("button.start")).click();
        waitFor(By.id("period-error"));
        assertThat(browser.findElement(By.id("period-error")).getText())
                .contains("No document in the fact base is dated in the last 7 days", "8 October 2020");
        assertThat(browser.findElement(By.id("period")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        Browser.screenshot(browser, "period-empty");

        browser.findElement(By.cssSelector("#period option[value='2017-07']")).click();
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().contains("/quiz/"));
        String id = browser.getCurrentUrl().replaceAll(".*/quiz/([0-9a-f-]+).*", "$1");
        List<String> dates = QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.<QuizAttempt>findById(UUID.fromString(id)).questions.stream()
                        .flatMap(q -> q.sources().stream())
                        .map(Citation::published)
                        .toList());
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2017-07"));

        browser.get(home + "facts");
        String link = browser.findElement(By.id("compilation-2020-10")).getAttribute("href");
        assertThat(browser.findElement(By.id("compilation-2020-10")).getText()).startsWith("October 2020 (");
        given().get(link).then().statusCode(200).contentType("application/pdf");
    }
}
