package in.prelims.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Sees every identity that was proven; when it was proven by a password that {@link LoginGuard}
 * admitted, the throttle forgives that attempt. The identity itself passes through unchanged.
 */
@ApplicationScoped
class LoginSucceeded implements SecurityIdentityAugmentor {

    @Inject
    LoginThrottle throttle;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (attributes.get(LoginGuard.ATTEMPT) instanceof LoginAttempt attempt && !identity.isAnonymous()) {
            return context.runBlocking(() -> {
                throttle.succeeded(attempt);
                return identity;
            });
        }
        return Uni.createFrom().item(identity);
    }
}
