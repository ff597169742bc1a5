package in.prelims.study;

import in.prelims.account.Owner;
import in.prelims.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Stores a batch of reviews in one transaction: all or none. A review whose id was stored before is
 * skipped, so a batch re-sent after a lost reply counts once. Reviews are applied in the order made.
 */
@ApplicationScoped
class ReviewSync {

    /** How far back a review made offline may be dated. */
    static final Duration OFFLINE_AT_MOST = Duration.ofDays(30);

    @Inject
    StudyDeck deck;

    @Inject
    StudyClock clock;

    @Inject
    StudyConfig config;

    record Result(int stored, int repeated) {}

    @Transactional
    Result sync(Owner owner, List<ReviewIn> reviews) {
        for (ReviewIn r : reviews) {
            if (deck.card(r.card()).isEmpty()) {
                throw new InvalidInputException("card", "There is no card \"" + r.card() + "\" in the study deck");
            }
        }
        Instant now = clock.now();
        StudySettings settings = Settings.locked(owner);
        Plan plan = new Plan(settings, config.zone());
        int stored = 0;
        int repeated = 0;
        List<ReviewIn> ordered = reviews.stream()
                .sorted(Comparator.comparing(r -> r.at() == null ? now : r.at()))
                .toList();
        for (ReviewIn r : ordered) {
            if (StudyReview.count("clientId", r.id()) > 0) {
                repeated++;
                continue;
            }
            apply(owner, plan, r, now);
            stored++;
        }
        return new Result(stored, repeated);
    }

    private void apply(Owner owner, Plan plan, ReviewIn r, Instant now) {
        StudyCard card = StudyCard.of(owner, r.card()).orElseGet(() -> {
            StudyCard added = StudyCard.added(owner, deck.card(r.card()).orElseThrow(), now);
            added.persist();
            return added;
        });
        Instant at = when(r.at(), card.lastReview, now);
        SrsCard before = card.srs();
        SrsCard after = plan.preview(before, at, card.cardKey).get(r.rating());
        card.set(after);
        StudyReview review = new StudyReview();
        review.clientId = r.id();
        review.userId = owner.userId();
        review.guestKey = owner.guestKey();
        review.cardKey = card.cardKey;
        review.rating = r.rating().grade();
        review.reviewedAt = at.truncatedTo(ChronoUnit.MILLIS);
        review.stateBefore = before.state().ordinal();
        review.retrievability = plan.recallBefore(before, at);
        review.scheduledDays = after.scheduledDays();
        review.dueAfter = card.due;
        review.persist();
    }

    /** The browser's time of the review, kept between the card's last review (or a month ago) and now. */
    private static Instant when(Instant at, Instant lastReview, Instant now) {
        if (at == null || at.isAfter(now)) return now;
        Instant earliest = now.minus(OFFLINE_AT_MOST);
        if (lastReview != null && lastReview.isAfter(earliest)) earliest = lastReview;
        return at.isBefore(earliest) ? earliest : at;
    }
}
