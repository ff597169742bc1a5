package in.prelims.curation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import in.prelims.web.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A curator pastes a release nobody has curated, drafts three facts by clicking and typing (a copied sentence flagged
 * as typed; what a fact restates and a topic it is not about, mistyped and then corrected; a list with what its members
 * are), and quizzes on them.
 */
@QuarkusTest
@TestProfile(BrowserStudioProfile.class)
class CurationBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void fromPasteToLiveQuestionsWithoutYamlOrRestart() throws IOException {
        Curator curator = Curator.create("user,curator");
        browser.get(home + "account");
        browser.findElement(By.id("login-username")).sendKeys(curator.username);
        browser.findElement(By.id("login-password")).sendKeys(Curator.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                .click();
        await(d -> !d.getCurrentUrl().contains("/account"));

        browser.get(home + "curation");
        String release = Files.readString(CurationApiTest.RELEASE);
        browser.executeScript("document.getElementById('document-text').value = arguments[0]", release);
        browser.findElement(By.id("store")).click();
        waitFor(By.cssSelector("#document p"));
        String id = browser.findElement(By.id("source-id")).getAttribute("value");
        assertThat(id).startsWith("pib-2024-02-14-");
        assertThat(browser.findElement(By.id("source-published")).getAttribute("value"))
                .isEqualTo("2024-02-14");
        browser.findElement(By.id("source-topics")).sendKeys("water, rural-development");
        // topics the base uses are offered as buttons, those the text names first ("The Union Cabinet ...")
        WebElement chip = browser.findElement(By.cssSelector("#topic-chips .chip"));
        assertThat(chip.getText()).isEqualTo("Cabinet decisions");
        chip.click();
        assertThat(browser.findElement(By.id("source-topics")).getAttribute("value"))
                .isEqualTo("water, rural-development, cabinet-decisions");
        assertThat(chip.getAttribute("aria-pressed")).isEqualTo("true");

        mark("implemented over four years", "Rs. 12,480 crore").click();
        assertThat(browser.findElement(By.id("picked-sentence")).getText()).contains("implemented over four years");
        assertThat(browser.findElement(By.id("fact-label")).getAttribute("value"))
                .as("a label proposed from the words before the value and the title's subject")
                .isEqualTo("Total outlay of the Rural Rainwater Harvesting Mission");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the cursor waits in the text")
                .isEqualTo("fact-text");
        assertThat(browser.findElement(By.cssSelector("#slots .slot-ask")).isDisplayed())
                .as("questions per slot are folded away")
                .isFalse();
        browser.findElement(By.id("show-asks")).click();
        assertThat(browser.findElement(By.cssSelector("#slots .slot-ask")).isDisplayed())
                .isTrue();
        browser.findElement(By.id("more")).click();
        write("fact-topics", "groundwater");
        write("fact-id", "rrhm-outlay");
        write("fact-text", "The Mission will be implemented over four years at a total outlay of {amount}.");
        await(d -> d.findElement(By.id("own-words")).getText().contains("put it in our own words"));
        assertThat(browser.findElement(By.id("own-words")).getText())
                .contains("the mission will be implemented over four years");
        write("fact-text", "Spending approved for the Rural Rainwater Harvesting Mission totals {amount}.");
        await(d -> d.findElement(By.id("own-words")).getText().isEmpty());
        // Ctrl+Enter adds the fact to the batch
        browser.findElement(By.id("fact-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        try {
            // a check writes the whole base to a temporary copy and previews every kind: slow on a loaded machine
            await(d -> d.findElements(By.cssSelector("#batch li")).size() == 1, 60);
        } catch (AssertionError e) {
            throw new AssertionError(
                    "not added; the report says: "
                            + browser.findElement(By.id("report")).getText(),
                    e);
        }
        assertThat(browser.findElement(By.id("report")).getText()).contains("All checks pass", "Multiple choice");
        assertThat(browser.findElement(By.id("fact-topics")).getAttribute("value"))
                .as("extra topics are kept for the next fact of the source")
                .isEqualTo("groundwater");
        assertThat(browser.findElement(By.id("fact-label")).getAttribute("value"))
                .isEmpty();

        mark("groundwater", "Three lakh").click();
        assertThat(browser.findElement(By.id("fact-label")).getAttribute("value"))
                .isEqualTo("Jobs of the Rural Rainwater Harvesting Mission");
        write("fact-id", "rrhm-jobs");
        write("fact-label", "Jobs from the Rural Rainwater Harvesting Mission");
        write("fact-text", "Roughly {figure} are expected from the Rural Rainwater Harvesting Mission.");
        assertThat(browser.findElement(By.cssSelector("#slots .slot-unit")).getAttribute("value"))
                .as("the words after the figure are offered as its unit")
                .isEqualTo("jobs");
        // a topic it is not about, and what it restates with a slip (itself): an error in words, nothing typed is lost
        write("fact-not-topics", "cabinet-decisions");
        write("fact-covers", "rrhm-jobs, rrhm-outlay");
        browser.findElement(By.id("check")).click();
        await(d -> d.findElement(By.id("report")).getText().contains("Errors"), 60);
        assertThat(browser.findElement(By.id("report")).getText())
                .contains("fact 'rrhm-jobs' covers 'rrhm-jobs': a fact cannot cover itself")
                .doesNotContain("All checks pass");
        assertThat(List.of("fact-covers", "fact-not-topics", "fact-id", "fact-text").stream()
                        .map(field -> browser.findElement(By.id(field)).getAttribute("value")))
                .containsExactly(
                        "rrhm-jobs, rrhm-outlay",
                        "cabinet-decisions",
                        "rrhm-jobs",
                        "Roughly {figure} are expected from the Rural Rainwater Harvesting Mission.");
        write("fact-covers", "rrhm-outlay");
        browser.findElement(By.id("fact-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        await(d -> d.findElements(By.cssSelector("#batch li")).size() == 2, 60);
        assertThat(browser.findElement(By.id("fact-covers")).getAttribute("value"))
                .isEmpty();

        // a list asked by what its members are, written beside "the whole list" and reached from it by keyboard
        mark("implemented over four years", "Rs. 8,736 crore").click();
        write("fact-id", "rrhm-sums");
        write("fact-label", "Sums approved for the Rural Rainwater Harvesting Mission");
        write("fact-text", "One sum named in the approval of the Rural Rainwater Harvesting Mission is {amount}.");
        write("list-name", "rrhm-approved-sums");
        write("list-slot", "amount");
        write("list-items", "12480, 8736");
        WebElement complete = browser.findElement(By.id("list-complete"));
        complete.sendKeys(Keys.SPACE);
        assertThat(complete.isSelected()).isTrue();
        complete.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("list-members-are");
        browser.switchTo()
                .activeElement()
                .sendKeys("sums named in the approval of the Rural Rainwater Harvesting Mission");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(PageChecks.overflow(browser))
                .as("the studio at 390 px with every field open scrolls sideways: " + PageChecks.wideElements(browser))
                .isZero();
        PageChecks.screenshot(browser, "curation-studio-390");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.findElement(By.id("check")).click();
        await(d -> d.findElement(By.id("report")).getText().contains("Forms searched"), 60);
        Browser.screenshot(browser, "curation-studio-check");
        browser.findElement(By.id("save")).click();
        await(d -> !d.findElements(By.id("live-link")).isEmpty(), 60);
        Browser.screenshot(browser, "curation-studio-saved");

        List<String> explanations = given().get("/api/questions?sources=" + id + "&count=4&seed=3")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("explanation", String.class);
        assertThat(explanations).isNotEmpty().allSatisfy(e -> assertThat(e).contains("Rainwater"));
        assertThat(Files.readString(
                        BrowserStudioProfile.ROOT.resolve("questions").resolve(id + ".yaml")))
                .contains("id: rrhm-outlay", "id: rrhm-jobs", "{type: number, value: 3, scale: lakh, unit: jobs}")
                .contains("label: Total outlay of the Rural Rainwater Harvesting Mission")
                .contains("topics: [water, rural-development, cabinet-decisions]", "topics: [groundwater]")
                .contains("    not-topics: [cabinet-decisions]\n", "    covers: [rrhm-outlay]\n")
                .contains("id: rrhm-sums-12480", "id: rrhm-sums-8736")
                .contains("    complete: true\n    members-are: sums named in the approval of the Rural Rainwater"
                        + " Harvesting Mission\n");
        assertThat(Path.of("questions", id + ".yaml")).doesNotExist();

        // the same curator, as an aspirant, takes a quiz on the new source from the start form
        browser.get(home.toString());
        browser.findElement(By.cssSelector("input[name=sources][value='" + id + "']"))
                .click();
        write("count", "2");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().contains("/quiz/"), 30);
        assertThat(browser.findElement(By.cssSelector(".questions")).getText()).contains("Rainwater");
        Browser.screenshot(browser, "curation-quiz-on-new-source");
    }

    private WebElement mark(String sentence, String text) {
        return browser.findElements(By.cssSelector("#document p")).stream()
                .filter(p -> p.getText().contains(sentence))
                .flatMap(p -> p.findElements(By.cssSelector(".mark.value")).stream())
                .filter(e -> e.getText().startsWith(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no value marked '" + text + "'"));
    }

    private void write(String field, String text) {
        WebElement e = browser.findElement(By.id(field));
        e.clear();
        e.sendKeys(text);
    }
}
