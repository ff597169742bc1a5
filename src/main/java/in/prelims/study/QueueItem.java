package in.prelims.study;

import java.util.Map;

/**
 * A card to review now, with what each button would schedule.
 *
 * @param card      the deck card's key
 * @param state     "new", "learning", "review" or "relearning"
 * @param intervals the label of each grade, keyed 1 (Again) to 4 (Easy)
 */
record QueueItem(
        String card,
        String state,
        String front,
        String answer,
        String statement,
        String citation,
        Map<Integer, String> intervals) {}
