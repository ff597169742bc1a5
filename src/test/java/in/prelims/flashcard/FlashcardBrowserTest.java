package in.prelims.flashcard;

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

/** A student picks a topic, previews a duplex deck and downloads its PDF, in a real browser. */
@QuarkusTest
class FlashcardBrowserTest extends BrowserTest {

    @TestHTTPResource("/flashcards")
    URL page;

    @Test
    void aStudentPreviewsADuplexDeckAndDownloadsThePdf() throws IOException {
        browser.get(page.toString());
        browser.findElement(By.cssSelector("input[name=topics][value=india-japan]"))
                .click();
        WebElement count = browser.findElement(By.id("count"));
        count.clear();
        // Two full sheets: a random deck of the topic always has twelve stand-alone cards.
        count.sendKeys("12");
        browser.findElement(By.cssSelector("#perPage option[value='6']")).click();
        browser.findElement(By.cssSelector("#duplex option[value='true']")).click();
        browser.findElement(By.id("preview")).click();
        waitFor(By.cssSelector(".preview .summary"));

        assertThat(browser.findElement(By.cssSelector(".preview .summary")).getText())
                .isEqualTo("12 cards on 4 pages, 6 cards per page.");
        assertThat(browser.findElements(By.cssSelector(".preview-cards > li")))
                .hasSize(FlashcardResource.PREVIEW_CARDS);
        WebElement first = browser.findElement(By.cssSelector(".preview-cards > li"));
        assertThat(first.findElement(By.cssSelector(".front .number")).getText())
                .isEqualTo("#1");
        assertThat(first.findElement(By.cssSelector(".back .citation")).getText())
                .startsWith("Source:");
        Browser.screenshot(browser, "flashcards-preview");

        URI pdfLink = URI.create(browser.findElement(By.id("download-pdf")).getDomProperty("href"));
        assertThat(pdfLink.getRawQuery())
                .contains("topics=india-japan")
                .contains("perPage=6")
                .contains("duplex=true");
        byte[] pdf = given().urlEncodingEnabled(false)
                .when()
                .get(pdfLink.getRawPath() + "?" + pdfLink.getRawQuery())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = PdfText.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(PdfText.page(doc, 0))
                    .contains("Prelims flashcards: India–Japan relations")
                    .contains("fronts of cards #1–#6");
            assertThat(PdfText.page(doc, 1)).contains("backs of cards #1–#6");
        }

        browser.findElement(By.id("print-view")).click();
        waitFor(By.cssSelector(".sheet"));
        assertThat(browser.findElements(By.cssSelector(".sheet"))).hasSize(4);
        Browser.screenshot(browser, "flashcards-print-view");
    }
}
