package in.prelims.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guest cookie: 32 random bytes that let a visitor take quizzes before signing up, followed by
 * their HMAC-SHA256 under the session key ({@code token.signature}), so the server accepts only
 * tokens it issued: a made-up one is replaced by a fresh one. Only the SHA-256 of the random part is
 * stored, so the database never holds a working cookie.
 */
@ApplicationScoped
class GuestCookie {

    static final String NAME = "prelims_guest";
    private static final Duration LIFETIME = Duration.ofDays(365);

    /** Checked at start-up (web/SessionKeyCheck): present and long enough. */
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> key;

    /** A new signed cookie value. */
    String newValue() {
        String token = Tokens.random();
        return token + "." + sign(token);
    }

    /**
     * The guest key of a cookie value the server issued, or empty. A cookie from before guest
     * cookies were signed (a bare token) is accepted only when the database has its attempts or study cards.
     */
    Optional<String> key(String value, EntityManager database) {
        if (value == null) return Optional.empty();
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Tokens.wellFormed(value) && known(Tokens.hash(value), database)
                    ? Optional.of(Tokens.hash(value))
                    : Optional.empty();
        }
        return signedKey(value);
    }

    /** The guest key of a signed cookie value the server issued, or empty; never asks the database. */
    Optional<String> signedKey(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) return Optional.empty();
        String token = value.substring(0, dot);
        boolean signed = Tokens.wellFormed(token)
                && MessageDigest.isEqual(
                        sign(token).getBytes(StandardCharsets.US_ASCII),
                        value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(Tokens.hash(token)) : Optional.empty();
    }

    /** The signed form of an accepted cookie value, to replace an unsigned one. */
    Optional<String> upgraded(String value) {
        return value.indexOf('.') < 0 ? Optional.of(value + "." + sign(value)) : Optional.empty();
    }

    private static boolean known(String guestKey, EntityManager database) {
        Number rows =
                (Number) database.createNativeQuery("SELECT (SELECT COUNT(*) FROM quiz_attempt WHERE guest_key = ?1)"
                                + " + (SELECT COUNT(*) FROM study_card WHERE guest_key = ?1)")
                        .setParameter(1, guestKey)
                        .getSingleResult();
        return rows.longValue() > 0;
    }

    private String sign(String token) {
        byte[] signature = mac.get().doFinal(token.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** One keyed MAC per thread: looking up the algorithm and setting the key cost more than signing. */
    private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    ("guest-cookie:" + key.orElseThrow()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    });

    static Cookie issue(String value) {
        return Cookie.cookie(NAME, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setMaxAge(LIFETIME.toSeconds());
    }

    static Cookie expire() {
        return Cookie.cookie(NAME, "")
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setMaxAge(0);
    }
}
