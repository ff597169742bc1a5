package in.prelims.worksheet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.pdf.PdfText;
import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A teacher prints a two-set worksheet with its key, from the pages, in a real browser. */
@QuarkusTest
class WorksheetBrowserTest extends BrowserTest {

    @TestHTTPResource("/worksheets")
    URL form;

    @Test
    void aTeacherFillsTheFormPreviewsAndDownloadsTheTeachersCopy() throws IOException {
        browser.get(form.toString());
        browser.findElement(By.id("title")).sendKeys("Friday test <cyber>");
        browser.findElement(By.id("institute")).sendKeys("Sharma Academy");
        browser.findElement(By.cssSelector("input[name=topics][value=india-japan]"))
                .click();
        browser.findElement(By.cssSelector("input[name=kinds][value=mcq]")).click();
        browser.findElement(By.cssSelector("input[name=kinds][value=statements]"))
                .click();
        WebElement count = browser.findElement(By.id("count"));
        count.clear();
        count.sendKeys("15");
        browser.findElement(By.cssSelector("#sets option[value='2']")).click();
        browser.findElement(By.cssSelector("#marking option[value='upsc-gs']")).click();
        WebElement seed = browser.findElement(By.id("seed"));
        seed.clear();
        seed.sendKeys("77");
        Browser.screenshot(browser, "worksheet-form");
        browser.findElement(By.id("preview-teacher")).click();
        waitFor(By.id("set-B"));

        assertThat(browser.getCurrentUrl()).contains("/worksheets/paper?");
        assertThat(browser.getTitle()).contains("Friday test <cyber>");
        assertThat(browser.findElement(By.cssSelector("#set-A h1")).getText()).isEqualTo("Friday test <cyber>");
        assertThat(browser.findElements(By.cssSelector("#set-A li.question"))).hasSize(15);
        assertThat(browser.findElements(By.cssSelector("#set-B li.question"))).hasSize(15);
        assertThat(browser.findElement(By.cssSelector("#set-B .key h2")).getText())
                .isEqualTo("Answer key · Set B");
        Browser.screenshot(browser, "worksheet-teacher-preview");

        browser.executeScript("window.print = function () { document.body.dataset.printed = 'yes'; };");
        browser.findElement(By.cssSelector("[data-print]")).click();
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-printed"))
                .isEqualTo("yes");

        URI pdfLink = URI.create(browser.findElement(By.id("pdf-teacher")).getDomProperty("href"));
        byte[] pdf = given().urlEncodingEnabled(false)
                .when()
                .get(pdfLink.getRawPath() + "?" + pdfLink.getRawQuery())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = PdfText.load(pdf)) {
            String text = PdfText.all(doc);
            assertThat(text)
                    .contains("Friday test <cyber>")
                    .containsIgnoringCase("Sharma Academy")
                    .contains("Answer key · Set A")
                    .contains("Answer key · Set B")
                    .contains("Maximum marks: 30");
        }

        browser.findElement(By.id("switch-copy")).click();
        waitFor(By.cssSelector("a#switch-copy[href*='copy=teacher']"));
        assertThat(browser.getCurrentUrl()).contains("copy=student");
        assertThat(browser.getPageSource()).doesNotContain("Answer key");
        Browser.screenshot(browser, "worksheet-student-preview");
    }
}
