package in.prelims.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every client error leaves as JSON {@code {status, error}} with a message a person understands. */
class ErrorMapper {

    /** The body of every 4xx the API sends. */
    public record ApiError(int status, String error) {}

    @ServerExceptionMapper
    Response clientError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status).getReasonPhrase()
                        : "Request failed"
                : e.getMessage();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status, message))
                .build();
    }
}
