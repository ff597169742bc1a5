package in.prelims.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium: "remember me" survives a browser restart (a new browser that has only the session
 * cookie is signed in), and log-out ends it for every copy; without it the cookie dies with the browser.
 */
@QuarkusTest
class RememberMeBrowserTest extends BrowserTest {

    private static final String PASSWORD = "remember-me-2026";

    @TestHTTPResource("/")
    URL home;

    @Test
    void rememberMeSurvivesABrowserRestartAndLogOutEndsIt() {
        String name = account();
        logIn(name, true);
        Cookie remembered = browser.manage().getCookieNamed(SessionCookie.NAME);
        assertThat(remembered.isHttpOnly()).isTrue();
        assertThat(remembered.getExpiry()).isNotNull();
        assertThat(remembered.getExpiry().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(29)));
        browser.quit();

        inNewBrowserWith(remembered, restarted -> {
            restarted.get(home + "account");
            assertThat(restarted.findElement(By.cssSelector("header .who")).getText())
                    .isEqualTo("Signed in as " + name);
            restarted
                    .findElement(By.cssSelector("form[action='/account/logout'] button"))
                    .click();
            await(
                    restarted,
                    d -> d.findElement(By.cssSelector("header .who")).getText().startsWith("Guest"));
        });

        inNewBrowserWith(remembered, copy -> {
            copy.get(home + "account");
            assertThat(copy.findElement(By.cssSelector("header .who")).getText())
                    .startsWith("Guest");
            assertThat(copy.findElements(By.id("login-username"))).hasSize(1);
        });
        browser = Browser.start();
    }

    @Test
    void withoutRememberMeTheCookieEndsWithTheBrowser() {
        logIn(account(), false);
        Cookie session = browser.manage().getCookieNamed(SessionCookie.NAME);
        assertThat(session.getExpiry()).as("a browser-session cookie").isNull();
        assertThat(session.isHttpOnly()).isTrue();
    }

    private void logIn(String name, boolean remember) {
        browser.get(home + "account");
        browser.findElement(By.id("login-username")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        if (remember) browser.findElement(By.id("login-remember")).click();
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                .click();
        await(d -> d.findElement(By.cssSelector("header .who")).getText().startsWith("Signed in as " + name));
    }

    private void inNewBrowserWith(Cookie cookie, Consumer<ChromeDriver> steps) {
        ChromeDriver other = Browser.start();
        try {
            other.get(home.toString());
            other.manage().deleteAllCookies();
            other.manage()
                    .addCookie(new Cookie.Builder(cookie.getName(), cookie.getValue())
                            .path("/")
                            .isHttpOnly(true)
                            .sameSite("Strict")
                            .expiresOn(cookie.getExpiry())
                            .build());
            steps.accept(other);
        } finally {
            other.quit();
        }
    }

    /** False while the page is being replaced (an element read as the next page arrives goes stale). */
    private static boolean holds(ChromeDriver driver, java.util.function.Predicate<ChromeDriver> condition) {
        try {
            return condition.test(driver);
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    private static void await(ChromeDriver driver, java.util.function.Predicate<ChromeDriver> condition) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!holds(driver, condition)) {
            if (System.nanoTime() > giveUp) throw new AssertionError("waited in vain on " + driver.getCurrentUrl());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String account() {
        String name = "rem" + UUID.randomUUID().toString().substring(0, 8);
        CookieFilter jar = new CookieFilter();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(given().filter(jar).get("/account").asString());
        assertThat(token.find()).isTrue();
        given().filter(jar)
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", token.group(1))
                .formParam("j_username", name)
                .formParam("j_password", PASSWORD)
                .formParam("confirm", PASSWORD)
                .post("/account/signup")
                .then()
                .statusCode(307);
        return name;
    }
}
