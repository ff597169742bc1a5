package in.prelims.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.error.RetryLaterException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/**
 * The one error policy: which status a refusal gets, and whether it is told as an HTML page (a
 * browser: Accept names text/html) or as JSON {@code {status, error, field?}} (everything under
 * /api/, and every client that does not ask for HTML).
 */
final class ErrorPolicy {

    static final String BUSY = "This quiz is busy saving another answer; this change was not saved. "
            + "Send it again in a moment (the quiz page does so by itself).";
    static final long BUSY_RETRY_SECONDS = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPolicy() {}

    @CheckedTemplate
    static class Templates {
        /** @param back where "Go back" leads: the page the request came from, or the start page */
        static native TemplateInstance error(int status, String title, String message, String back);
    }

    /** The refusal for a thrown exception; empty when it is not a refusal (a bug: left to the 500 page). */
    static Optional<Problem> of(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Optional.of(
                    new Problem(400, invalid.getMessage(), invalid.field().orElse(null), null));
        }
        if (e instanceof NotFoundException) {
            return Optional.of(new Problem(404, e.getMessage()));
        }
        if (e instanceof ConflictException) {
            return Optional.of(new Problem(409, e.getMessage()));
        }
        if (e instanceof RetryLaterException later) {
            return Optional.of(
                    new Problem(later.tooMany() ? 429 : 503, later.getMessage(), null, later.retryAfterSeconds()));
        }
        if (e instanceof LockTimeoutException || e instanceof PessimisticLockException) {
            return Optional.of(new Problem(503, BUSY, null, BUSY_RETRY_SECONDS));
        }
        if (StorageFailure.in(e)) {
            return Optional.of(new Problem(503, StorageFailure.MESSAGE, null, StorageFailure.RETRY_SECONDS));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() >= 400) {
            int status = web.getResponse().getStatus();
            return Optional.of(new Problem(status, ownMessage(web).orElse(reason(status))));
        }
        return Optional.empty();
    }

    /** Framework exceptions without a message of their own say "HTTP 404 Not Found"; that is not for people. */
    private static Optional<String> ownMessage(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? Optional.empty() : Optional.of(message);
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Request failed";
    }

    /** JSON under /api/ and for clients that do not name text/html in Accept; an HTML page otherwise. */
    static boolean wantsHtml(String path, String accept) {
        return !(path != null && path.startsWith("/api/")) && accept != null && accept.contains("text/html");
    }

    static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(Problem problem, String referer) {
        ErrorMessages words = MessageBundles.get(ErrorMessages.class);
        String title = switch (problem.status()) {
            case 400 -> words.invalidTitle();
            case 404 -> words.notFoundTitle();
            case 409 -> words.conflictTitle();
            case 429 -> words.tooManyTitle();
            case 503 -> words.busyTitle();
            default -> reason(problem.status());
        };
        return Templates.error(problem.status(), title, problem.error(), back(referer))
                .render();
    }

    /** Only the path of the referring page, so the link never leaves the site. */
    static String back(String referer) {
        if (referer == null) return "/";
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) return "/";
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
