package in.prelims.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Opens, finds and revokes server-side log-in sessions. */
@ApplicationScoped
class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    @Inject
    SessionLimits limits;

    /** @return the new session's token, for the cookie */
    @Transactional
    String open(String username, boolean remember) {
        long userId = Account.byUsername(username).orElseThrow().id;
        String token = Tokens.random();
        Instant now = Instant.now();
        AccountSession session = new AccountSession();
        session.tokenHash = Tokens.hash(token);
        session.userId = userId;
        session.remember = remember;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(remember ? limits.rememberFor() : limits.idleTimeout());
        session.persist();
        return token;
    }

    /** The account of a live session; its last-seen time is moved on when it is old enough. */
    Optional<Account> account(String token) {
        Instant now = Instant.now();
        Optional<AccountSession> live = QuarkusTransaction.joiningExisting()
                .call(() -> AccountSession.<AccountSession>find("tokenHash", Tokens.hash(token))
                        .firstResultOptional()
                        .filter(s -> s.liveAt(now)));
        live.filter(s -> s.lastSeenAt.plus(limits.touchEvery()).isBefore(now)).ifPresent(s -> touch(s.id, now));
        return live.flatMap(
                s -> QuarkusTransaction.joiningExisting().call(() -> Account.<Account>findByIdOptional(s.userId)));
    }

    /** Best effort: a database that cannot be written must not sign everybody out. */
    private void touch(long id, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AccountSession session = AccountSession.findById(id);
                session.lastSeenAt = now;
                if (!session.remember) session.expiresAt = now.plus(limits.idleTimeout());
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not record that session %d was used", id);
        }
    }

    @Transactional
    void revoke(String token) {
        AccountSession.update(
                "revokedAt = ?1 where tokenHash = ?2 and revokedAt is null", Instant.now(), Tokens.hash(token));
    }

    /** Every session of the account but the one with {@code keep} (the browser that asked), if given. */
    @Transactional
    long revokeOthers(long userId, Optional<String> keep) {
        return AccountSession.update(
                "revokedAt = ?1 where userId = ?2 and revokedAt is null and tokenHash <> ?3",
                Instant.now(),
                userId,
                keep.map(Tokens::hash).orElse(""));
    }
}
