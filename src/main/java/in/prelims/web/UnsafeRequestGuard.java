package in.prelims.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The form-token filter checks only requests that carry a form; a POST with no body (log-out,
 * submit) or a text/plain one, which another site's page can send with the visitor's cookies, would
 * pass unchecked. So every request that changes something must be JSON (which another site cannot
 * send without a CORS preflight), a form (whose token the filter checks), or carry the token header
 * (which the filter checks too). Anything else gets the filter's 400.
 */
class UnsafeRequestGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String tokenHeader;

    @ServerRequestFilter
    Response requireJsonOrToken(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(tokenHeader) != null) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean checkable = type != null
                && (type.getSubtype().equals("json")
                        || type.getSubtype().endsWith("+json")
                        || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        return checkable ? null : Response.status(400).build();
    }
}
