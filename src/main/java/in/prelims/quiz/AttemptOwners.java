package in.prelims.quiz;

import in.prelims.account.GuestClaimed;
import in.prelims.account.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns each attempt, its deadline and whether it was submitted, kept in memory so that the
 * attempt page is served without a database round trip. Only a cache, correct on any instance:
 * an attempt's deadline never changes and its owner changes only when a guest signs up (the
 * account takes the guest's attempts). An owner that does not match what is cached is checked
 * against the database again, so an attempt handed over on another instance is found; a hand-over
 * here drops the guest's entries. A submit on another instance is not seen here: the page's script
 * reads the state and goes to the result.
 */
@ApplicationScoped
class AttemptOwners {

    /** About 100 bytes each: 20 MB at most. Past it the map is emptied and refills from the database. */
    static final int MAX_ENTRIES = 200_000;

    /** What the attempt page and an answer save need to know before they go on. */
    record Known(Long userId, String guestKey, UUID paperId, Instant deadline, boolean submitted) {

        String ownerKey() {
            return userId != null ? "u" + userId : "g" + guestKey;
        }
    }

    private final ConcurrentHashMap<UUID, Known> known = new ConcurrentHashMap<>();

    /** The attempt if {@code owner} owns it, from memory when it matches, else from the database. */
    Optional<Known> owned(UUID id, Owner owner) {
        Known cached = known.get(id);
        if (cached != null && owner.owns(cached.userId(), cached.guestKey())) {
            return Optional.of(cached);
        }
        Optional<Known> read = read(id);
        read.ifPresentOrElse(k -> remember(id, k), () -> known.remove(id));
        return read.filter(k -> owner.owns(k.userId(), k.guestKey()));
    }

    /** The attempt if it is in memory and {@code owner} owns it; never asks the database. */
    Optional<Known> ownedInMemory(UUID id, Owner owner) {
        return Optional.ofNullable(known.get(id)).filter(k -> owner.owns(k.userId(), k.guestKey()));
    }

    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizSubmitted submitted) {
        known.computeIfPresent(
                submitted.attempt(), (id, k) -> new Known(k.userId(), k.guestKey(), k.paperId(), k.deadline(), true));
    }

    void claimed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GuestClaimed claimed) {
        known.values().removeIf(k -> claimed.guestKey().equals(k.guestKey()));
    }

    private void remember(UUID id, Known k) {
        if (known.size() >= MAX_ENTRIES) {
            known.clear();
        }
        known.put(id, k);
    }

    private static Optional<Known> read(UUID id) {
        List<Object[]> rows = QuizAttempt.getEntityManager()
                .createQuery(
                        "select a.userId, a.guestKey, a.paper.id, a.deadline, a.submittedAt from QuizAttempt a"
                                + " where a.id = ?1",
                        Object[].class)
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Known((Long) r[0], (String) r[1], (UUID) r[2], (Instant) r[3], r[4] != null));
    }
}
