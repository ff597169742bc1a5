package in.prelims.study;

import in.prelims.account.GuestClaimed;
import in.prelims.account.Owner;
import in.prelims.quiz.QuizSubmitted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/** A guest's study moves to the account at sign-up or log-in; facts missed in a quiz come up for study. */
@ApplicationScoped
class StudyOwnership {

    private static final Logger LOG = Logger.getLogger(StudyOwnership.class);

    @Inject
    StudyDeck deck;

    @Inject
    StudyClock clock;

    /** Cards the account already studies keep the account's schedule; the guest's copy is dropped. */
    @Transactional
    void claim(@Observes GuestClaimed claimed) {
        String guest = claimed.guestKey();
        long user = claimed.userId();
        StudyCard.delete(
                "guestKey = ?1 and cardKey in (select c.cardKey from StudyCard c where c.userId = ?2)", guest, user);
        StudyCard.update("userId = ?1, guestKey = null where guestKey = ?2", user, guest);
        StudyReview.update("userId = ?1, guestKey = null where guestKey = ?2", user, guest);
        if (StudySettings.count("userId", user) == 0) {
            StudySettings.update("userId = ?1, guestKey = null where guestKey = ?2", user, guest);
        } else {
            StudySettings.delete("guestKey", guest);
        }
    }

    /** After the submit is committed, in its own transaction: a failure here never undoes a submit. */
    void missed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizSubmitted submitted) {
        if (submitted.missedFacts().isEmpty()) return;
        try {
            QuarkusTransaction.requiringNew().run(() -> bringForward(submitted.owner(), submitted));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not add the facts missed in a quiz to the study queue");
        }
    }

    private void bringForward(Owner owner, QuizSubmitted submitted) {
        Instant now = clock.now();
        for (String factId : submitted.missedFacts()) {
            for (DeckCard card : deck.ofFact(factId)) {
                StudyCard existing = StudyCard.of(owner, card.key()).orElse(null);
                if (existing == null) {
                    StudyCard.added(owner, card, now).persist();
                } else if (existing.due.isAfter(now)) {
                    existing.due = now;
                }
            }
        }
    }
}
