package in.prelims.study;

import java.time.Instant;

/**
 * A card's schedule, field for field ts-fsrs's Card.
 *
 * @param elapsedDays   calendar days (UTC) between the last two reviews
 * @param scheduledDays days the last review scheduled; 0 while in learning steps
 * @param step          the index of the current learning or relearning step
 * @param lastReview    null until the first review
 */
record SrsCard(
        Instant due,
        double stability,
        double difficulty,
        int elapsedDays,
        int scheduledDays,
        int reps,
        int lapses,
        int step,
        CardState state,
        Instant lastReview) {

    static SrsCard fresh(Instant now) {
        return new SrsCard(now, 0, 0, 0, 0, 0, 0, 0, CardState.NEW, null);
    }

    Memory memory() {
        return stability == 0 && difficulty == 0 ? null : new Memory(stability, difficulty);
    }
}
