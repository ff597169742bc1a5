package in.prelims.quiz;

import in.prelims.account.CookieGuest;
import in.prelims.account.FormTokenCookie;
import in.prelims.account.Owner;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two requests of a running quiz that come by the thousand on exam day, served on the event loop
 * from memory when everything they need is already there: the attempt page ({@link QuizResource})
 * and an answer save ({@link QuizApiResource}). A guest whose cookie the server signed, an attempt and
 * page already in memory, the page's form-token cookie already set: anything else (a first visit, a
 * signed-in account, an unknown attempt, a large body) goes on to the REST resources unchanged, which
 * say what is wrong. Refusals raised here go to the same error policy ({@code web.ErrorRoutes}).
 */
@ApplicationScoped
class WarmAttemptRoutes {

    /** An answer is a few dozen bytes; a longer body goes the usual way, which enforces the size limit. */
    static final int MOST_ANSWER_BYTES = 256;

    private static final String HTML_UTF8 = "text/html;charset=UTF-8";

    @Inject
    CookieGuest guests;

    @Inject
    AttemptOwners owners;

    @Inject
    AttemptPageCache pages;

    @Inject
    Papers papers;

    @Inject
    AnswerWriter answers;

    @Inject
    QuizService quizzes;

    @Inject
    QuizClock clock;

    @Inject
    FormTokenCookie formTokens;

    private final AtomicLong served = new AtomicLong();

    void register(@Observes Router router) {
        router.get("/quiz/:id").handler(this::page);
        router.put("/api/quizzes/:id/answers/:index").handler(this::answer);
    }

    /** Requests answered here rather than by the REST resources (for tests and benchmarks). */
    long served() {
        return served.get();
    }

    private void page(RoutingContext http) {
        UUID attempt = attempt(http);
        Optional<String> formToken = formTokens.formToken(http.request());
        Optional<AttemptOwners.Known> known = formToken.isPresent() ? running(http) : Optional.empty();
        Optional<SplicedPage> page = known.flatMap(k -> pages.cached(attempt, k.ownerKey()));
        if (page.isEmpty()) {
            http.next();
            return;
        }
        served.incrementAndGet();
        Buffer body = page.get()
                .fillBuffer(AttemptSlots.values(
                        known.get().deadline(), clock.now(), http.request().getParam("view"), formToken.get()));
        http.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, HTML_UTF8)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    private void answer(RoutingContext http) {
        HttpServerRequest request = http.request();
        Optional<int[]> optionCounts = json(request) && smallBody(request)
                ? running(http).flatMap(k -> papers.optionCountsInMemory(k.paperId()))
                : Optional.empty();
        if (optionCounts.isEmpty()) {
            http.next();
            return;
        }
        served.incrementAndGet();
        UUID attempt = attempt(http);
        Context context = Vertx.currentContext();
        request.body().onFailure(http::fail).onSuccess(body -> {
            try {
                Answer given =
                        Answer.parse(http.pathParam("index"), body.toString()).within(optionCounts.get());
                answers.save(attempt, given)
                        .whenComplete((saved, refused) -> context.runOnContext(ignored -> {
                            if (refused != null) {
                                http.fail(refused instanceof CompletionException ? refused.getCause() : refused);
                            } else {
                                http.response()
                                        .setStatusCode(204)
                                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                                        .end();
                            }
                        }));
            } catch (RuntimeException invalid) {
                http.fail(invalid);
            }
        });
        request.resume(); // authentication may have paused it
    }

    /** The attempt named in the path if it is in memory, owned by the request's guest, and still running. */
    private Optional<AttemptOwners.Known> running(RoutingContext http) {
        Optional<Owner> guest = guests.of(http.request());
        UUID attempt = attempt(http);
        if (guest.isEmpty() || attempt == null) return Optional.empty();
        return owners.ownedInMemory(attempt, guest.get()).filter(k -> !k.submitted() && !quizzes.expired(k.deadline()));
    }

    private static UUID attempt(RoutingContext http) {
        try {
            return UUID.fromString(http.pathParam("id"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean json(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static boolean smallBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Integer.parseInt(length) <= MOST_ANSWER_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
