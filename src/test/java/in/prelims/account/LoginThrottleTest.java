package in.prelims.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Failed log-ins slow one username at one client address (after 5, growing waits from 30 s) and one
 * address (20 within 15 minutes), counted in the database for every instance; the same username elsewhere is not slowed. Each
 * test plays clients at addresses of its own (X-Forwarded-For, as a reverse proxy sends it).
 */
@QuarkusTest
class LoginThrottleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "right password";
    private static final int PER_PAIR = 5;
    private static final int PER_ADDRESS = 20;
    private static final int FIRST_DELAY_SECONDS = 30;

    @TestHTTPResource("/")
    URI app;

    @Inject
    LoginThrottle throttle;

    /** A browser at one address, with its own cookie jar. */
    private static final class Client {
        final CookieFilter jar = new CookieFilter();
        final String address;

        Client(String address) {
            this.address = address;
        }

        RequestSpecification http() {
            return given().filter(jar)
                    .accept("text/html,application/xhtml+xml,*/*;q=0.8")
                    .redirects()
                    .follow(false)
                    .header("X-Forwarded-For", address)
                    .log()
                    .ifValidationFails();
        }

        String token() {
            Matcher m = CSRF.matcher(
                    http().get("/account").then().statusCode(200).extract().asString());
            assertThat(m.find()).as("a form token on /account").isTrue();
            return m.group(1);
        }

        Response logIn(String name, String password) {
            return http().contentType(ContentType.URLENC)
                    .formParam("csrf-token", token())
                    .formParam("j_username", name)
                    .formParam("j_password", password)
                    .post("/j_security_check");
        }

        void failsToLogIn(String name) {
            logIn(name, "wrong password")
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/account/login?error"));
        }

        void logsIn(String name) {
            logIn(name, PASSWORD).then().statusCode(302).header("Location", endsWith("/"));
            http().get("/account").then().body(containsString("Signed in as " + name));
        }
    }

    @Test
    void theSixthAttemptFromOneAddressWaitsEvenWithTheRightPasswordButTheOwnerElsewhereIsNotLockedOut() {
        String name = account("asha");
        Client attacker = new Client(address());
        for (int i = 0; i < PER_PAIR; i++) {
            attacker.failsToLogIn(name);
        }
        Response refused = attacker.logIn(name, PASSWORD);
        refused.then()
                .statusCode(429)
                .contentType(ContentType.HTML)
                .body(containsString("Too many failed log-ins"))
                .body(containsString("Try again in a minute"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, (long) FIRST_DELAY_SECONDS);
        attacker.http().get("/account").then().body(containsString("Log in")).body(not(containsString("Signed in as")));
        attacker.http()
                .accept(ContentType.JSON)
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", attacker.token())
                .formParam("j_username", name.toUpperCase())
                .formParam("j_password", PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(429)
                .contentType(ContentType.JSON)
                .header("Retry-After", matchesPattern("\\d+"))
                .body("status", equalTo(429))
                .body("error", containsString("Try again in a minute"));

        Client owner = new Client(address());
        owner.logsIn(name);
    }

    @Test
    void unknownUsernamesAreCountedLikeRealOnes() {
        Client client = new Client(address());
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < PER_PAIR; i++) {
            client.failsToLogIn(nobody);
        }
        client.logIn(nobody, PASSWORD).then().statusCode(429);
    }

    @Test
    void anotherAccountFromTheSameAddressIsRefusedOnlyAtTheAddressLimit() {
        Client lab = new Client(address());
        String locked = account("locked");
        for (int i = 0; i < PER_PAIR; i++) {
            lab.failsToLogIn(locked);
        }
        lab.logIn(locked, PASSWORD).then().statusCode(429);

        String ravi = account("ravi");
        Client raviAtTheLab = new Client(lab.address);
        raviAtTheLab.logsIn(ravi);

        int failures = PER_PAIR;
        while (failures < PER_ADDRESS - 1) {
            String other = account("other");
            for (int i = 0; i < PER_PAIR - 1 && failures < PER_ADDRESS - 1; i++, failures++) {
                lab.failsToLogIn(other);
            }
        }
        String meera = account("meera");
        new Client(lab.address).logsIn(meera);
        lab.failsToLogIn(account("last"));

        new Client(lab.address).logIn(meera, PASSWORD).then().statusCode(429).body(containsString("from this network"));
        new Client(address()).logsIn(meera);
    }

    @Test
    void aSuccessBeforeTheLimitResetsTheAccountsCount() {
        String name = account("neha");
        Client client = new Client(address());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < PER_PAIR - 1; i++) {
                client.failsToLogIn(name);
            }
            client.logsIn(name);
            client.http()
                    .contentType(ContentType.URLENC)
                    .formParam("csrf-token", client.token())
                    .post("/account/logout")
                    .then()
                    .statusCode(303);
        }
        for (int i = 0; i < PER_PAIR; i++) {
            client.failsToLogIn(name);
        }
        client.logIn(name, PASSWORD).then().statusCode(429);
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreThanTheLimit() throws Exception {
        String name = account("burst");
        Client client = new Client(address());
        String token = client.token();
        String cookie = "csrf-token=" + token;
        String body = "csrf-token=" + token + "&j_username=" + name + "&j_password=wrong+password";
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                guesses.add(() -> http.send(
                                HttpRequest.newBuilder(app.resolve("/j_security_check"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .header("Cookie", cookie)
                                        .header("X-Forwarded-For", client.address)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(guesses)) {
                statuses.add(status.get());
            }
            assertThat(statuses).filteredOn(s -> s == 302).hasSize(PER_PAIR);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(12 - PER_PAIR);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLogInFormWithoutItsTokenIsRefusedAndNotCounted() {
        String name = account("form");
        Client client = new Client(address());
        for (int i = 0; i < PER_PAIR + 2; i++) {
            client.token();
            client.http()
                    .contentType(ContentType.URLENC)
                    .formParam("j_username", name)
                    .formParam("j_password", PASSWORD)
                    .post("/j_security_check")
                    .then()
                    .statusCode(400)
                    .body(containsString("did not come from our page"));
        }
        client.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", "forged")
                .formParam("j_username", name)
                .formParam("j_password", PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(400);
        client.logsIn(name);
    }

    @Test
    void failuresAnotherInstanceRecordedCountAndOldOnesAreForgotten() {
        String name = account("shared");
        Client client = new Client(address());
        String pair = LoginAttempt.of(name, client.address, Instant.now()).pair();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < PER_PAIR - 1; i++) {
                LoginFailure.of(LoginFailure.PAIR, pair, now.minusSeconds(60)).persist();
            }
            LoginFailure.of(LoginFailure.PAIR, pair, now.minus(Duration.ofHours(3)))
                    .persist();
        });
        client.failsToLogIn(name);
        client.logIn(name, PASSWORD).then().statusCode(429);

        throttle.forgetOldFailures();
        List<Instant> kept = QuarkusTransaction.requiringNew()
                .call(() -> LoginFailure.<LoginFailure>list("kind = ?1 and item = ?2", LoginFailure.PAIR, pair).stream()
                        .map(f -> f.failedAt)
                        .toList());
        assertThat(kept).hasSize(PER_PAIR).allSatisfy(at -> assertThat(at).isAfter(now.minusSeconds(61)));
    }

    /** A new account with {@link #PASSWORD}, created through the sign-up form (not followed to log in). */
    private static String account(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        Client signUp = new Client(address());
        signUp.http()
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", signUp.token())
                .formParam("j_username", name)
                .formParam("j_password", PASSWORD)
                .formParam("confirm", PASSWORD)
                .post("/account/signup")
                .then()
                .statusCode(307);
        return name;
    }

    /** An address of its own for each client, so no test eats into another's address limit. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
