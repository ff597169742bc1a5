package in.prelims.account;

import in.prelims.error.InvalidInputException;
import in.prelims.error.RetryLaterException;
import in.prelims.web.ClientAddress;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs before the account lookup on every username-and-password log-in: refuses a log-in form that
 * did not come from our page, and refuses the attempt while the username or the client address has
 * had too many failed log-ins. Otherwise it steps aside (an empty result), the password is checked
 * by the JPA identity provider as usual, and {@link LoginSucceeded} forgives the attempt if it was right.
 */
@ApplicationScoped
class LoginGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Request attribute holding the admitted {@link LoginAttempt}. */
    static final String ATTEMPT = LoginAttempt.class.getName();

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginFormToken formToken;

    @Inject
    AccountMessages messages;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of every provider that checks passwords. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null) {
            return Uni.createFrom().nullItem();
        }
        if (formToken.isLogInPost(http) && !formToken.valid(http)) {
            return Uni.createFrom().failure(new InvalidInputException(messages.formNotFromOurPage()));
        }
        // Stored to the millisecond, so the time read back equals the time taken back on success.
        LoginAttempt attempt = LoginAttempt.of(
                request.getUsername(), ClientAddress.of(http), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return context.runBlocking(() -> admit(request, attempt));
    }

    private SecurityIdentity admit(UsernamePasswordAuthenticationRequest request, LoginAttempt attempt) {
        Optional<Duration> wait = throttle.admit(attempt);
        if (wait.isPresent()) {
            long seconds = wholeSeconds(wait.get());
            throw RetryLaterException.tooMany(seconds, messages.tooManyLogIns((seconds + 59) / 60));
        }
        request.setAttribute(ATTEMPT, attempt);
        return null;
    }

    /** Rounded up, at least one. */
    static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
