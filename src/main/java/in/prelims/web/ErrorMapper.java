package in.prelims.web;

import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.error.RetryLaterException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Applies the {@link ErrorPolicy} to everything the REST layer refuses. */
class ErrorMapper {

    static final String CSRF_API = "The request was refused: send JSON with the header "
            + "Content-Type: application/json (a form-encoded body needs a page's form token).";
    static final String CSRF_PAGE = "This form has expired or did not come from our page. Go back, reload the page "
            + "and send it again; nothing you saved is lost.";

    @ServerExceptionMapper({
        InvalidInputException.class,
        NotFoundException.class,
        ConflictException.class,
        RetryLaterException.class,
        LockTimeoutException.class,
        PessimisticLockException.class,
        WebApplicationException.class
    })
    Response refused(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return ErrorPolicy.of(e)
                .map(problem -> response(problem, uri.getPath(), headers))
                .orElseGet(() -> ((WebApplicationException) e).getResponse());
    }

    /**
     * A failed write because the database is read-only or its disk full is a 503 with a message;
     * any other failure stays what it is, a 500 logged with its trace.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (!StorageFailure.in(e)) {
            throw e;
        }
        return ErrorPolicy.of(e)
                .map(problem -> response(problem, uri.getPath(), headers))
                .orElseThrow();
    }

    /** The CSRF filter refuses a form without a valid token with an empty 400; this says why. */
    @ServerResponseFilter
    void explainEmptyRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        Problem problem = new Problem(400, path.startsWith("/api/") ? CSRF_API : CSRF_PAGE);
        boolean html = ErrorPolicy.wantsHtml(path, request.getHeaderString(HttpHeaders.ACCEPT));
        response.setEntity(
                html ? ErrorPolicy.html(problem, request.getHeaderString("Referer")) : ErrorPolicy.json(problem),
                null,
                html ? MediaType.TEXT_HTML_TYPE.withCharset("UTF-8") : MediaType.APPLICATION_JSON_TYPE);
    }

    private static Response response(Problem problem, String path, HttpHeaders headers) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (problem.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
        }
        if (ErrorPolicy.wantsHtml(path, headers.getHeaderString(HttpHeaders.ACCEPT))) {
            return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPolicy.html(problem, headers.getHeaderString("Referer")))
                    .build();
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorPolicy.json(problem))
                .build();
    }
}
