package in.prelims.quiz;

import in.prelims.generation.Seeds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's secret behind every attempt's questions: an attempt's engine seed is an HMAC of a
 * random draw under this key, never sent, so no public seed can be known to reproduce an attempt.
 */
@ApplicationScoped
public class PaperSecret {

    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    private static final int SHORTEST = 32;

    @Inject
    QuizConfig config;

    private byte[] key;

    @PostConstruct
    void init() {
        config.paperSecret().filter(s -> s.length() < SHORTEST).ifPresent(s -> {
            throw new IllegalStateException("quiz.paper-secret must be at least " + SHORTEST + " characters");
        });
        String material = config.paperSecret()
                .or(() -> ConfigProvider.getConfig().getOptionalValue(SESSION_KEY, String.class))
                .orElseThrow(
                        () -> new IllegalStateException("quiz.paper-secret is not set and there is no session key"));
        key = sha256("prelims quiz paper seed|" + material);
    }

    /** The engine seed of an attempt whose private draw is {@code draw}. */
    long seedFor(long draw) {
        return Seeds.secret(key, draw);
    }

    /** A fresh engine seed no one outside the server can know: for papers that must stay unseen until sat. */
    public long freshSeed() {
        return seedFor(Seeds.draw());
    }

    /** Separates this use of the session key from the session's own, so neither reveals the other. */
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
