package in.prelims.quiz;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token (or a form-encoded call to the API) with an
 * empty 400. This says why, instead of a blank page: JSON for the API, plain text for pages.
 */
class CsrfRefusals {

    /** Same shape as every other API error. */
    record Refusal(int status, String error) {}

    @ServerResponseFilter
    void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.setEntity(
                    new Refusal(
                            400,
                            "The request was refused: send JSON with the header "
                                    + "Content-Type: application/json (a form-encoded body needs a page's form token)."),
                    null,
                    MediaType.APPLICATION_JSON_TYPE);
        } else {
            response.setEntity(
                    "This form has expired or did not come from our page. Go back, reload the page "
                            + "and send it again; nothing you saved is lost.",
                    null,
                    MediaType.TEXT_PLAIN_TYPE);
        }
    }
}
