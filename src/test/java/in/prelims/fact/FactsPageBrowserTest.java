package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
class FactsPageBrowserTest extends BrowserTest {

    @TestHTTPResource("/facts")
    URL factsPage;

    private final FactBase onDisk = FactBaseLoader.load(ShippedFactBaseTest.FACTS);

    @Test
    void anAspirantBrowsesBySourceAndTopicWithCitations() {
        browser.get(factsPage.toString());
        assertThat(browser.findElements(By.cssSelector("ol.facts > li")))
                .hasSize(onDisk.facts().size());
        Browser.screenshot(browser, "facts-all");

        WebElement topic = browser.findElements(By.cssSelector(".chips a")).get(0);
        String topicName = topic.getText().replaceAll("\\s+\\d+$", "");
        String slug = topic.getAttribute("href").replaceAll(".*[?&]topic=", "");
        topic.click();
        assertThat(browser.findElement(By.id("results")).getText()).contains(topicName);
        assertThat(browser.findElements(By.cssSelector("ol.facts > li")))
                .hasSize(onDisk.topicCounts().get(slug).intValue());

        Source source = onDisk.sources().get(0);
        browser.findElement(By.linkText(source.title())).click();
        assertThat(browser.findElements(By.cssSelector("ol.facts > li")))
                .hasSize(onDisk.factsOf(source).size());
        assertThat(browser.findElement(By.cssSelector("ol.facts .citation")).getText())
                .contains(source.publisher());
        Browser.screenshot(browser, "facts-by-source");
    }
}
