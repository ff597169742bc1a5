package in.prelims.classes;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.account.Account;
import in.prelims.web.Browser;
import in.prelims.web.BrowserTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A teacher creates a class and assigns a paper; a student joins, takes it and submits; the teacher sees the results. */
@QuarkusTest
class ClassBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void teacherAssignsStudentTakesTeacherSeesResults() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Person.signUp("teach-" + run);
        Person.signUp("learn-" + run);
        QuarkusTransaction.requiringNew()
                .run(() -> Account.byUsername("teach-" + run).orElseThrow().role = "user,teacher");

        logIn("teach-" + run);
        browser.findElement(By.linkText("Classes")).click();
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("Evening batch");
        browser.findElement(By.cssSelector("form[action='/classes'] button")).click();
        await(d -> d.getCurrentUrl().matches(".*/classes/\\d+$"));
        String classUrl = browser.getCurrentUrl();
        String code = browser.findElement(By.cssSelector(".join-code")).getText();
        browser.findElement(By.id("count")).clear();
        browser.findElement(By.id("count")).sendKeys("3");
        browser.findElement(By.cssSelector("button.assign")).click();
        await(d -> !d.findElements(By.cssSelector(".results-link")).isEmpty());
        Browser.screenshot(browser, "class-teacher");
        logOut();

        logIn("learn-" + run);
        browser.get(home + "classes/join?code=" + code);
        browser.findElement(By.cssSelector("form[action='/classes/join'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(classUrl));
        browser.findElement(By.cssSelector("button.start-paper")).click();
        await(d -> d.getCurrentUrl().matches(".*/quiz/[0-9a-f-]{36}$"));
        browser.findElements(By.cssSelector(".question"))
                .get(0)
                .findElements(By.cssSelector("label.option"))
                .get(0)
                .click();
        await(d -> d.findElement(By.id("save-status")).getAttribute("class").contains("saved"));
        browser.findElement(By.cssSelector("button.submit")).click();
        browser.switchTo().alert().accept();
        await(d -> d.getCurrentUrl().endsWith("/result"));
        logOut();

        logIn("teach-" + run);
        browser.get(classUrl);
        browser.findElement(By.cssSelector(".results-link")).click();
        await(d -> !d.findElements(By.id("students")).isEmpty());
        assertThat(browser.findElement(By.id("students")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("tr.item"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("table.students")).getText())
                .contains("learn-" + run);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        Browser.screenshot(browser, "class-results-390");
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(390L);
    }

    private void logIn(String name) {
        browser.get(home + "account");
        browser.findElement(By.id("login-username")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys(Person.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));
    }

    private void logOut() {
        browser.get(home + "account");
        browser.findElement(By.cssSelector("form[action='/account/logout'] button"))
                .click();
        await(d -> d.getCurrentUrl().equals(home.toString()));
    }
}
