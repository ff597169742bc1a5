package in.prelims.account;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The form-token cookie the REST CSRF filter sets, read by the rule of that filter: a form must carry
 * the cookie's value, or its signature when a token signature key is configured. For the places the
 * filter does not reach (the log-in post, the warm attempt page).
 */
@ApplicationScoped
public class FormTokenCookie {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String name;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenBytes;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    /** The token a form must carry, when the request has a cookie the filter would accept. */
    public Optional<String> formToken(HttpServerRequest request) {
        Cookie cookie = request.getCookie(name);
        if (cookie == null || !wellFormed(cookie.getValue())) return Optional.empty();
        return Optional.of(signatureKey
                .map(key -> CsrfTokenUtils.signCsrfToken(cookie.getValue(), key))
                .orElse(cookie.getValue()));
    }

    private boolean wellFormed(String value) {
        try {
            return Base64.getUrlDecoder().decode(value).length == tokenBytes;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
