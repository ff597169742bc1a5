package in.prelims.quiz;

import in.prelims.account.GuestClaimed;
import in.prelims.account.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Attempts by owner: the running one, all of them, and handing a guest's over to an account. */
@ApplicationScoped
public class Attempts {

    @Inject
    QuizClock clock;

    /** The newest attempt still running, to offer "resume". */
    public Optional<QuizAttempt> running(Owner owner) {
        return QuizAttempt.<QuizAttempt>find(
                        ownerClause(owner) + " and submittedAt is null and deadline > ?2 " + "order by startedAt desc",
                        ownerValue(owner),
                        clock.now())
                .firstResultOptional();
    }

    /** Every attempt of the owner, newest first. */
    public List<QuizAttempt> of(Owner owner) {
        return QuizAttempt.<QuizAttempt>find(ownerClause(owner) + " order by startedAt desc", ownerValue(owner))
                .list();
    }

    @Transactional
    void claim(@Observes GuestClaimed claimed) {
        QuizAttempt.update("userId = ?1, guestKey = null where guestKey = ?2", claimed.userId(), claimed.guestKey());
    }

    private static String ownerClause(Owner owner) {
        return owner.isGuest() ? "guestKey = ?1" : "userId = ?1";
    }

    private static Object ownerValue(Owner owner) {
        return owner.isGuest() ? owner.guestKey() : owner.userId();
    }
}
