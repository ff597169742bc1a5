package in.prelims.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Applies the {@link ErrorPolicy} to refusals raised outside the REST layer, such as a log-in refused
 * by the form-authentication check before any resource runs.
 */
@ApplicationScoped
class ErrorRoutes {

    void register(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    void answer(RoutingContext http) {
        Optional<Problem> refusal =
                http.response().ended() ? Optional.empty() : ErrorPolicy.of(refusal(http.failure()));
        if (refusal.isEmpty()) {
            http.next();
            return;
        }
        Problem problem = refusal.get();
        HttpServerResponse response =
                http.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.retryAfterSeconds() != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        if (ErrorPolicy.wantsHtml(http.normalizedPath(), http.request().getHeader(HttpHeaders.ACCEPT))) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end(ErrorPolicy.html(problem, http.request().getHeader(HttpHeaders.REFERER)));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(ErrorPolicy.json(problem));
        }
    }

    /** Security checks wrap what they throw; the refusal is the innermost cause. */
    private static Throwable refusal(Throwable failure) {
        Throwable e = failure;
        while (e != null
                && e.getCause() != null
                && e.getCause() != e
                && ErrorPolicy.of(e).isEmpty()) {
            e = e.getCause();
        }
        return e;
    }
}
