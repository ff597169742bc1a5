package in.prelims.web;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** An end-to-end test with a fresh headless Chromium per test method. */
public abstract class BrowserTest {

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    /** Polls up to 15 s until the condition holds: a click on a link or submit returns before the next page. */
    protected void await(Predicate<ChromeDriver> condition) {
        await(condition, 15);
    }

    protected void await(Predicate<ChromeDriver> condition, int seconds) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!holds(condition)) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("waited " + seconds + " s in vain on " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting on " + browser.getCurrentUrl(), e);
            }
        }
    }

    /** False while the page is being replaced: an element read as the next page arrives goes stale or is gone. */
    private boolean holds(Predicate<ChromeDriver> condition) {
        try {
            return condition.test(browser);
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    /** The first element matching {@code by}, waiting up to ten seconds for it to appear. */
    protected WebElement waitFor(By by) {
        await(d -> !d.findElements(by).isEmpty(), 10);
        return browser.findElement(by);
    }
}
