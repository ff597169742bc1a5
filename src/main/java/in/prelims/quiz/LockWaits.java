package in.prelims.quiz;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Saves, submits and the expiry job take an attempt's row lock one at a time. One that waited too
 * long for it (H2 gives up after about two seconds) changed nothing: it gets 503 with Retry-After,
 * which the quiz page retries by itself, instead of a 500.
 */
class LockWaits {

    static final int RETRY_AFTER_SECONDS = 1;
    static final String MESSAGE = "This quiz is busy saving another answer; this change was not saved. "
            + "Send it again in a moment (the quiz page does so by itself).";

    /** Same shape as every other API error. */
    record Busy(int status, String error) {}

    @ServerExceptionMapper({LockTimeoutException.class, PessimisticLockException.class})
    Response busy(PersistenceException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (uri.getPath().startsWith("/api/")) {
            return response.type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Busy(503, MESSAGE))
                    .build();
        }
        return response.type(MediaType.TEXT_PLAIN_TYPE).entity(MESSAGE).build();
    }
}
