package in.prelims.generation;

import java.util.Set;

/**
 * What to generate. Empty sets mean "any". {@code kinds} empty means every kind but flashcards.
 *
 * @param count 1..200
 * @param seed  the same request with the same seed gives the same questions in the same order
 */
public record QuestionRequest(int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources) {

    public static final int MAX_COUNT = 200;

    public QuestionRequest {
        kinds = Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        sources = Set.copyOf(sources);
    }
}
