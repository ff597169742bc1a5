package in.prelims.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sees every identity that was proven; when it was proven by a password that {@link LoginGuard}
 * admitted, the throttle forgives that attempt and a server-side session is opened: its cookie is
 * the log-in from now on ({@link SessionMechanism}). Form authentication's own cookie is taken off
 * the response, so no copy of a log-in exists that log-out could not end.
 */
@ApplicationScoped
class LoginSucceeded implements SecurityIdentityAugmentor {

    /** The log-in form's "remember me" checkbox. */
    static final String REMEMBER = "remember";

    @Inject
    LoginThrottle throttle;

    @Inject
    Sessions sessions;

    @Inject
    SessionLimits limits;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String formCookie;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (!(attributes.get(LoginGuard.ATTEMPT) instanceof LoginAttempt attempt) || identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        boolean remember = http.request().getFormAttribute(REMEMBER) != null;
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            throttle.succeeded(attempt);
            String token = sessions.open(username, remember);
            SessionCookie.issue(http, token, remember ? Optional.of(limits.rememberFor()) : Optional.empty());
            http.addHeadersEndHandler(ignored -> http.response().removeCookie(formCookie, false));
            return identity;
        });
    }
}
