package in.prelims.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start with a session key that is missing or too short to be secret: it signs guest
 * cookies and encrypts form log-in's hand-over, and Quarkus would silently replace a missing one
 * with a temporary key, signing every guest out at the next restart.
 */
@ApplicationScoped
class SessionKeyCheck {

    /** 32 characters: the generated key is 32 random bytes in Base64 (44 characters). */
    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

    @ConfigProperty(name = SessionKeyConfigSource.PROPERTY)
    Optional<String> key;

    void onStart(@Observes @Priority(-200) StartupEvent started) {
        problem(key).ifPresent(problem -> {
            LOG.error(problem);
            throw new IllegalStateException(problem, null);
        });
    }

    static Optional<String> problem(Optional<String> key) {
        int length = key.map(String::strip).map(String::length).orElse(0);
        if (length >= MIN_LENGTH) return Optional.empty();
        return Optional.of("The session key (" + SessionKeyConfigSource.PROPERTY + ", or the file "
                + SessionKeyConfigSource.keyFile() + ") is " + (length == 0 ? "empty" : length + " characters long")
                + "; it needs at least " + MIN_LENGTH + " random characters. Delete the file to have a new one "
                + "generated (everyone is then signed out), or set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to "
                + "the output of `openssl rand -base64 32`.");
    }
}
