package in.prelims.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in browser: live until it expires or is revoked (log-out, password change). */
@Entity
@Table(name = "app_session")
class AccountSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** SHA-256 of the cookie's token, hex. */
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "user_id")
    long userId;

    /** Kept across browser restarts ("remember me"): a fixed lifetime instead of an idle timeout. */
    boolean remember;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "last_seen_at")
    Instant lastSeenAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
