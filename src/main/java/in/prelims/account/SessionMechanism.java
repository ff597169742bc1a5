package in.prelims.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Signs a request in from its session cookie, checked against the database on every request, so
 * log-out and a password change end a session everywhere at once. Runs before form authentication,
 * which is left only the log-in post itself and the redirect to the log-in page; its own cookie is
 * never handed out ({@link LoginSucceeded}).
 */
@ApplicationScoped
class SessionMechanism implements HttpAuthenticationMechanism {

    @Inject
    LoginFormToken loginForm;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext http, IdentityProviderManager identities) {
        Optional<String> token = SessionCookie.token(http);
        if (token.isEmpty() || loginForm.isLogInPost(http)) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identities
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(token.get()), http))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithNull()
                .invoke(identity -> {
                    if (identity == null) SessionCookie.expire(http);
                });
    }

    /** None of its own: form authentication sends people to the log-in page. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
