package in.prelims.study;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * The next schedule of a card for each grade: ts-fsrs's BasicScheduler (learning and relearning
 * steps, same-day reviews) when short-term is on, its LongTermScheduler (whole days only) when off.
 * Fuzz is seeded from the card id and its review count, as ts-fsrs's GenSeedStrategyWithCardId.
 */
final class Scheduler {

    private final Fsrs fsrs;

    Scheduler(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    Fsrs fsrs() {
        return fsrs;
    }

    SrsCard review(SrsCard card, Instant now, Rating rating, String cardId) {
        return preview(card, now, cardId).get(rating);
    }

    Map<Rating, SrsCard> preview(SrsCard card, Instant now, String cardId) {
        int elapsed = card.state() != CardState.NEW && card.lastReview() != null ? days(card.lastReview(), now) : 0;
        SrsCard current = new SrsCard(
                card.due(),
                card.stability(),
                card.difficulty(),
                elapsed,
                card.scheduledDays(),
                card.reps() + 1,
                card.lapses(),
                card.step(),
                card.state(),
                now);
        Review review = new Review(current, now, elapsed, cardId + current.reps());
        Map<Rating, SrsCard> next = new EnumMap<>(Rating.class);
        boolean longTerm = !fsrs.parameters().enableShortTerm();
        if (card.state() == CardState.REVIEW || longTerm) {
            review.allGrades(longTerm, next);
        } else {
            CardState to = card.state() == CardState.NEW ? CardState.LEARNING : card.state();
            for (Rating g : Rating.values()) {
                next.put(g, review.steps(review.memory(g, Double.NaN), g, to));
            }
        }
        return next;
    }

    /** Calendar days between two instants in UTC, as ts-fsrs counts them. */
    static int days(Instant from, Instant to) {
        return (int) ChronoUnit.DAYS.between(
                from.atOffset(ZoneOffset.UTC).toLocalDate(),
                to.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private final class Review {
        final SrsCard current;
        final Instant now;
        final int elapsed;
        final String seed;

        Review(SrsCard current, Instant now, int elapsed, String seed) {
            this.current = current;
            this.now = now;
            this.elapsed = elapsed;
            this.seed = seed;
        }

        Memory memory(Rating g, double r) {
            Memory before = current.memory();
            double recall = Double.isNaN(r) && before != null ? fsrs.retrievability(elapsed, before.stability()) : r;
            return fsrs.nextState(before, elapsed, g, recall);
        }

        /** Reviews of a card in review (and, without short-term, of every card): all four grades at once. */
        void allGrades(boolean longTerm, Map<Rating, SrsCard> next) {
            double r = current.memory() == null ? Double.NaN : fsrs.retrievability(elapsed, current.stability());
            Map<Rating, Memory> m = new EnumMap<>(Rating.class);
            for (Rating g : Rating.values()) {
                m.put(g, memory(g, r));
            }
            int hard = interval(m.get(Rating.HARD));
            int good = interval(m.get(Rating.GOOD));
            int again = 0;
            if (longTerm) {
                again = Math.min(interval(m.get(Rating.AGAIN)), hard);
                hard = Math.max(hard, again + 1);
            } else {
                hard = Math.min(hard, good);
            }
            good = Math.max(good, hard + 1);
            int easy = Math.max(interval(m.get(Rating.EASY)), good + 1);
            int lapse = current.state() == CardState.NEW ? 0 : 1;
            next.put(
                    Rating.AGAIN,
                    longTerm
                            ? days(m.get(Rating.AGAIN), again, lapse)
                            : withLapse(steps(m.get(Rating.AGAIN), Rating.AGAIN, CardState.RELEARNING)));
            next.put(Rating.HARD, days(m.get(Rating.HARD), hard, 0));
            next.put(Rating.GOOD, days(m.get(Rating.GOOD), good, 0));
            next.put(Rating.EASY, days(m.get(Rating.EASY), easy, 0));
        }

        int interval(Memory m) {
            return fsrs.nextInterval(m.stability(), elapsed, seed);
        }

        SrsCard steps(Memory m, Rating g, CardState to) {
            LearningSteps.Step step = LearningSteps.of(fsrs.parameters(), current.state(), current.step(), g);
            int minutes = step == null ? 0 : Math.max(0, step.minutes());
            int nextStep = step == null ? 0 : Math.max(0, step.next());
            if (minutes > 0 && minutes < 1440) {
                return card(m, to, nextStep, 0, now.plus(Duration.ofMinutes(minutes)), 0);
            }
            if (minutes >= 1440) {
                return card(m, CardState.REVIEW, nextStep, minutes / 1440, now.plus(Duration.ofMinutes(minutes)), 0);
            }
            return days(m, interval(m), 0);
        }

        SrsCard days(Memory m, int days, int lapses) {
            return card(m, CardState.REVIEW, 0, days, now.plus(Duration.ofDays(days)), lapses);
        }

        SrsCard withLapse(SrsCard c) {
            return new SrsCard(
                    c.due(),
                    c.stability(),
                    c.difficulty(),
                    c.elapsedDays(),
                    c.scheduledDays(),
                    c.reps(),
                    c.lapses() + 1,
                    c.step(),
                    c.state(),
                    c.lastReview());
        }

        SrsCard card(Memory m, CardState state, int step, int scheduledDays, Instant due, int lapses) {
            return new SrsCard(
                    due,
                    m.stability(),
                    m.difficulty(),
                    elapsed,
                    scheduledDays,
                    current.reps(),
                    current.lapses() + lapses,
                    step,
                    state,
                    now);
        }
    }
}
