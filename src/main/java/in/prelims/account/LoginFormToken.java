package in.prelims.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The form-token check for the log-in form. It posts to Quarkus' {@code j_security_check}, not to a
 * REST method, so the REST CSRF filter never sees it; the rule here is that filter's: the form field
 * must equal the token cookie (or its signature, when a token signature key is configured).
 */
@ApplicationScoped
class LoginFormToken {

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String field;

    @Inject
    FormTokenCookie cookie;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    /** True for the log-in form's post, whose fields have been read by the time a password is checked. */
    boolean isLogInPost(RoutingContext http) {
        return "POST".equals(http.request().method().name())
                && http.normalizedPath().endsWith(postLocation);
    }

    boolean valid(RoutingContext http) {
        Optional<String> expected = cookie.formToken(http.request());
        String sent = http.request().getFormAttribute(field);
        return expected.isPresent()
                && sent != null
                && MessageDigest.isEqual(
                        expected.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
