package in.prelims.generation;

import in.prelims.fact.Period;
import java.util.Set;

/**
 * What to generate. Empty sets mean "any". {@code kinds} empty means every kind but flashcards.
 *
 * @param count 1..200
 * @param seed   the same request with the same seed gives the same questions in the same order
 * @param detail a detail drill: also ask context (who announced, briefing dates, venues), not only core points
 * @param period only facts whose source is dated within it
 */
public record QuestionRequest(
        int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources, boolean detail, Period period) {

    public static final int MAX_COUNT = 200;

    public QuestionRequest {
        kinds = Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        sources = Set.copyOf(sources);
        period = period == null ? Period.ALL : period;
    }

    /** A request for facts of any date. */
    public QuestionRequest(
            int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources, boolean detail) {
        this(count, seed, kinds, topics, sources, detail, Period.ALL);
    }

    /** A request for core exam points only. */
    public QuestionRequest(int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources) {
        this(count, seed, kinds, topics, sources, false);
    }

    /** The same request as a detail drill, or not. */
    public QuestionRequest withDetail(boolean detail) {
        return new QuestionRequest(count, seed, kinds, topics, sources, detail, period);
    }
}
