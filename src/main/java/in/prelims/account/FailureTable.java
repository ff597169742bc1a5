package in.prelims.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Failed log-ins in the database, so every instance counts the same failures. Callers hold a
 * transaction and lock the stripes of the keys they touch first ({@link #lock}).
 */
@ApplicationScoped
class FailureTable {

    /** Rows in login_stripe (V20__login_failures.sql). */
    static final int STRIPES = 64;

    @Inject
    EntityManager em;

    /** Locks the stripes of these keys in ascending order, so two log-ins never wait for each other in a cycle. */
    void lock(String... keys) {
        List<Integer> stripes = Arrays.stream(keys)
                .mapToInt(key -> Math.floorMod(key.hashCode(), STRIPES))
                .distinct()
                .sorted()
                .boxed()
                .toList();
        em.createNativeQuery("SELECT stripe FROM login_stripe WHERE stripe IN (?1) ORDER BY stripe FOR UPDATE")
                .setParameter(1, stripes)
                .getResultList();
    }

    /**
     * How long {@code item} must wait before its next try: until enough of its failures in the window
     * have left it that fewer than {@code limit} remain. Empty when it may try now.
     */
    Optional<Duration> waitFor(String kind, String item, int limit, Duration window, Instant now) {
        List<Instant> times = since(kind, item, now.minus(window));
        if (times.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, times.get(times.size() - limit).plus(window)));
    }

    /** The times of {@code item}'s failures after {@code since}, oldest first. */
    List<Instant> since(String kind, String item, Instant since) {
        return em.createQuery(
                        "select failedAt from LoginFailure where kind = ?1 and item = ?2 and failedAt > ?3"
                                + " order by failedAt",
                        Instant.class)
                .setParameter(1, kind)
                .setParameter(2, item)
                .setParameter(3, since)
                .getResultList();
    }

    void add(String kind, String item, Instant at) {
        LoginFailure.of(kind, item, at).persist();
    }

    /** Takes back one failure recorded at {@code at}, if it is still there. */
    void remove(String kind, String item, Instant at) {
        LoginFailure.<LoginFailure>find("kind = ?1 and item = ?2 and failedAt = ?3 order by id", kind, item, at)
                .firstResultOptional()
                .ifPresent(LoginFailure::delete);
    }

    void clear(String kind, String item) {
        LoginFailure.delete("kind = ?1 and item = ?2", kind, item);
    }

    /** Deletes failures older than the window; returns how many. */
    long forgetBefore(Instant cutoff) {
        return LoginFailure.delete("failedAt <= ?1", cutoff);
    }
}
