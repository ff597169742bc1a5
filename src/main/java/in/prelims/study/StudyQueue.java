package in.prelims.study;

import in.prelims.account.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to review now: the owner's cards due (or due within the next 20 minutes, so a learning step
 * comes back in the same sitting), then cards new to the owner up to the day's allowance.
 */
@ApplicationScoped
class StudyQueue {

    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    private static final int AT_MOST = 200;

    @Inject
    StudyDeck deck;

    @Inject
    StudyClock clock;

    @Inject
    StudyConfig config;

    /** The queue and its counts. */
    record Queue(List<QueueItem> items, int due, int fresh, int newLeftToday) {}

    Queue of(Owner owner, DeckFilter filter) {
        Instant now = clock.now();
        StudySettings settings = StudySettings.of(owner).orElseGet(() -> StudySettings.defaults(owner));
        Plan plan = new Plan(settings, config.zone());
        List<QueueItem> items = new ArrayList<>();
        Set<String> known = new HashSet<>();
        int due = 0;
        for (StudyCard c : StudyCard.all(owner)) {
            known.add(c.cardKey);
            DeckCard card = deck.card(c.cardKey).orElse(null);
            if (card == null || !filter.matches(card) || c.due.isAfter(now.plus(LEARN_AHEAD))) continue;
            due++;
            if (items.size() < AT_MOST) items.add(item(card, c.srs(), plan, now));
        }
        int left = Math.max(0, settings.newPerDay - StudyProgress.newToday(owner, now, config.zone()));
        int fresh = 0;
        for (DeckCard card : deck.cards(filter)) {
            if (fresh >= left || items.size() >= AT_MOST) break;
            if (known.contains(card.key())) continue;
            items.add(item(card, SrsCard.fresh(now), plan, now));
            fresh++;
        }
        return new Queue(items, due, fresh, left);
    }

    private static QueueItem item(DeckCard card, SrsCard srs, Plan plan, Instant now) {
        Map<Integer, String> intervals = new LinkedHashMap<>();
        plan.preview(srs, now, card.key())
                .forEach((g, next) -> intervals.put(g.grade(), IntervalLabel.of(now, next.due())));
        return new QueueItem(
                card.key(),
                srs.state().name().toLowerCase(java.util.Locale.ROOT),
                card.front(),
                card.answer(),
                card.statement(),
                card.citation(),
                intervals);
    }
}
