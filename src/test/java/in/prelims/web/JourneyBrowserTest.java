package in.prelims.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every journey of an aspirant and a teacher on a 390 x 844 phone and a 1366 x 900 desktop: on each
 * page no sideways scrolling and no serious or critical axe-core violation, with a full-page
 * screenshot in target/screens/; and the quiz by keyboard alone.
 */
@QuarkusTest
class JourneyBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    private String size;

    @Test
    void anAspirantOnAPhone() {
        phone();
        aspirant();
    }

    @Test
    void anAspirantOnADesktop() {
        desktop();
        aspirant();
    }

    @Test
    void aTeacherOnAPhone() {
        phone();
        teacher();
    }

    @Test
    void aTeacherOnADesktop() {
        desktop();
        teacher();
    }

    private void aspirant() {
        browser.get(home.toString());
        look("start");
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("5");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}(\\?.*)?(#.*)?$"));
        assertThat(palette(1).getAttribute("class")).as("not visited yet").contains("not-visited");
        look("attempt");

        options(0).get(1).click();
        browser.findElement(By.id("next")).click();
        key("1");
        key("m");
        key(Keys.ARROW_RIGHT);
        assertThat(active().getAttribute("id")).as("focus follows the question").isEqualTo("q2-h");
        assertThat(palette(1).getAttribute("aria-label")).contains("answered").contains("marked for review");
        awaitSaved();

        browser.navigate().refresh();
        awaitSaved();
        assertThat(browser.findElement(By.cssSelector(".question.current")).getAttribute("id"))
                .as("a reload stays on the question you were on")
                .isEqualTo("q2");
        assertThat(palette(2).getAttribute("class")).doesNotContain("not-visited");
        assertThat(palette(4).getAttribute("class")).contains("not-visited");
        look("attempt-after-reload");

        if (size.equals("desktop")) {
            browser.findElement(By.cssSelector(".view-switch a[data-view=all]")).click();
            browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
            await(d -> palette(4).getAttribute("class").contains("current"), 5);
            look("attempt-all-on-one-page");
        }

        browser.findElement(By.cssSelector("button.submit")).click();
        String question = browser.switchTo().alert().getText();
        assertThat(question).contains("Not answered: 3 of 5").contains("Marked for review: 1");
        browser.switchTo().alert().accept();
        await(d -> d.getCurrentUrl().contains("/result"), 40);
        assertThat(browser.findElements(By.cssSelector("form.retake-form button")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".review-item .citation a"))
                        .getAttribute("href"))
                .contains("/facts?source=");
        look("result");
        browser.findElement(By.id("wrong-only")).click();
        await(d -> d.getCurrentUrl().contains("show=wrong"));
        assertThat(browser.findElements(By.cssSelector(".review-item")))
                .allMatch(li -> li.getAttribute("class").contains("wrong"));
        look("result-wrong-only");

        browser.get(home + "history");
        assertThat(browser.findElement(By.cssSelector(".weak-list")).getText())
                .as("topics by name, not slug")
                .doesNotContainPattern("\\b[a-z]+-[a-z]+\\b");
        look("history");

        browser.get(home + "account");
        look("sign-up-and-log-in");
        String name = "ravi" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("signup-username")).sendKeys(name);
        browser.findElement(By.id("signup-password")).sendKeys("exam-ready-2026");
        browser.findElement(By.id("signup-confirm")).sendKeys("exam-ready-2026");
        browser.findElement(By.cssSelector("form[action='/account/signup'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));
        browser.get(home + "account");
        look("account-signed-in");
        browser.findElement(By.cssSelector("form[action='/account/logout'] button"))
                .click();
        browser.get(home + "account");
        browser.findElement(By.id("login-username")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys("exam-ready-2026");
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));
        browser.get(home + "history");
        assertThat(browser.findElements(By.cssSelector("table.attempts tbody tr")))
                .hasSize(1);
        look("history-signed-in");
    }

    private void teacher() {
        browser.get(home + "worksheets");
        look("worksheet-form");
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("6");
        browser.findElement(By.id("sets")).sendKeys("2");
        browser.findElement(By.id("preview-teacher")).click();
        await(d -> d.getCurrentUrl().contains("/worksheets/paper"));
        look("worksheet-paper");
        assertThat(fetch(browser.findElement(By.id("pdf-teacher")).getAttribute("href")))
                .containsEntry("type", "application/pdf");

        browser.get(home + "flashcards?count=6&duplex=false&perPage=10&seed=5");
        assertThat(browser.findElement(By.cssSelector(".preview .summary")).getText())
                .as("a fold-over page holds half as many")
                .contains("5 cards per page");
        look("flashcards");
        assertThat(fetch(browser.findElement(By.id("download-pdf")).getAttribute("href")))
                .containsEntry("type", "application/pdf");

        browser.get(home + "exports");
        assertThat(browser.findElements(By.cssSelector(".exports-list > li"))).hasSize(4);
        look("exports");
        Map<String, Object> csv = fetch(home + "export/csv?count=3");
        assertThat(csv.get("first")).as("CSV starts with a byte-order mark").isEqualTo("239,187,191");

        browser.get(home + "facts");
        look("facts");
        browser.get(home + "study");
        look("study");
        browser.get(home + "quiz/00000000-0000-0000-0000-000000000000");
        look("error-page");
    }

    /** Keyboard only: skip link, start, answer, move, submit and filter the review, without a mouse. */
    @Test
    void theQuizByKeyboardAloneOnADesktop() {
        desktop();
        browser.get(home.toString());
        key(Keys.TAB);
        assertThat(active().getAttribute("class")).isEqualTo("skip-link");
        key(Keys.ENTER);
        assertThat(active().getTagName()).isEqualTo("main");
        tabUntil("button.start", Keys.TAB);
        key(Keys.ENTER);
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}.*"));
        key("2");
        key(Keys.ARROW_RIGHT);
        assertThat(active().getAttribute("id")).isEqualTo("q1-h");
        key(Keys.TAB);
        assertThat(active().getAttribute("type")).isEqualTo("radio");
        key(Keys.SPACE);
        key("m");
        awaitSaved();
        assertThat(palette(0).getAttribute("class")).contains("answered");
        assertThat(palette(1).getAttribute("class")).contains("answered").contains("marked");
        look("keyboard-attempt");
        tabUntil("button.submit", Keys.SHIFT, Keys.TAB);
        key(Keys.ENTER);
        browser.switchTo().alert().accept();
        await(d -> d.getCurrentUrl().contains("/result"), 40);
        tabUntil("#wrong-only", Keys.TAB);
        key(Keys.ENTER);
        await(d -> d.getCurrentUrl().contains("show=wrong"));
        look("keyboard-result-wrong-only");
    }

    /** The 1-minute warning is announced once; the 10- and 5-minute ones had passed when the page opened. */
    @Test
    void timeWarningsAreAnnouncedOnceEach() {
        desktop();
        browser.get(home.toString());
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("3");
        browser.findElement(By.id("minutes")).clear();
        browser.findElement(By.id("minutes")).sendKeys("1.3");
        browser.findElement(By.cssSelector("button.start")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}.*"));
        browser.executeScript("""
                window.said = [];
                new MutationObserver(function () {
                  var t = document.getElementById('announcer').textContent;
                  if (t) window.said.push(t);
                }).observe(document.getElementById('announcer'), {childList: true, characterData: true, subtree: true});
                """);
        await(d -> said().contains("1 minute left"), 40);
        sleep(2500);
        assertThat(said()).containsExactly("1 minute left");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void phone() {
        size = "phone";
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void desktop() {
        size = "desktop";
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The checks every page passes, and a screenshot to look at. */
    private void look(String page) {
        await(d -> "complete".equals(d.executeScript("return document.readyState")), 10);
        String name = size + "-" + page;
        PageChecks.screenshot(browser, name);
        if (size.equals("phone")) {
            assertThat(browser.executeScript("return document.documentElement.clientWidth"))
                    .isEqualTo(390L);
        }
        assertThat(PageChecks.overflow(browser))
                .as(name + " scrolls sideways: " + PageChecks.wideElements(browser))
                .isZero();
        assertThat(PageChecks.axeViolations(browser)).as(name).isEmpty();
    }

    private WebElement palette(int i) {
        return browser.findElements(By.cssSelector(".palette .pal")).get(i);
    }

    private List<WebElement> options(int question) {
        return browser.findElements(By.cssSelector(".question"))
                .get(question)
                .findElements(By.cssSelector("label.option"));
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void key(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void tabUntil(String css, CharSequence... keys) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) browser.executeScript("return document.activeElement.matches(arguments[0])", css)) {
                return;
            }
            new Actions(browser)
                    .keyDown(keys.length > 1 ? keys[0] : Keys.NULL)
                    .sendKeys(keys[keys.length - 1])
                    .keyUp(keys.length > 1 ? keys[0] : Keys.NULL)
                    .perform();
        }
        throw new AssertionError("the keyboard never reached " + css);
    }

    private void awaitSaved() {
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("saved"));
    }

    @SuppressWarnings("unchecked")
    private List<String> said() {
        return (List<String>) browser.executeScript("return window.said || []");
    }

    /** Fetches a URL from the page: its content type and first three bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        return (Map<String, Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var u = new Uint8Array(b);
                    done({type: (r.headers.get('content-type') || '').split(';')[0], first: [u[0], u[1], u[2]].join(',')});
                  });
                }).catch(function (e) { done({error: String(e)}); });
                """, url);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
