package in.prelims.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers a {@link LoginRefused}: 429 with Retry-After when there were too many failed log-ins, 400
 * for a log-in form without its token. JSON {@code {status, error}} for clients that ask for JSON,
 * otherwise a page saying what happened and when to try again.
 */
@ApplicationScoped
class LoginRefusals {

    private static final long SECONDS_PER_MINUTE = 60;

    @Inject
    AccountMessages messages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String message);
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    void answer(RoutingContext http) {
        if (!(http.failure() instanceof LoginRefused refused) || http.response().ended()) {
            http.next();
            return;
        }
        String message = refused.retryAfter == null
                ? messages.formNotFromOurPage()
                : messages.tooManyLogIns((refused.retryAfterSeconds() + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE);
        HttpServerResponse response =
                http.response().setStatusCode(refused.status).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (refused.retryAfter != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        }
        if (wantsJson(http)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject()
                            .put("status", refused.status)
                            .put("error", message)
                            .encode());
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end(Templates.refused(message).render());
        }
    }

    private static boolean wantsJson(RoutingContext http) {
        String accept = http.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
