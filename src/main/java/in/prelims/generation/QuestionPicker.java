package in.prelims.generation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions for printing and exporting: the engine's output for the filters. Larger sets than one engine request allows are drawn in batches
 * with seeds derived from the request's seed, keeping the first of each question id.
 */
@ApplicationScoped
public class QuestionPicker {

    /** Batches in a row that may add nothing new before the pool counts as exhausted. */
    private static final int FRUITLESS_BATCHES = 3;

    @Inject
    QuestionService service;

    /** Up to {@code count} distinct questions of any date; see {@link #pick(int, long, Set, Set, Set, Period)}. */
    public List<Question> pick(int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources) {
        return pick(count, seed, kinds, topics, sources, Period.ALL);
    }

    /** Up to {@code count} distinct questions; fewer only when the fact base has no more for the filters. */
    public List<Question> pick(
            int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources, Period period) {
        Map<String, Question> picked = new LinkedHashMap<>();
        int fruitless = 0;
        // one engine request is one paper (no fact twice); only sets larger than a request take more batches
        for (int batch = 0;
                picked.size() < count
                        && fruitless < FRUITLESS_BATCHES
                        && (batch == 0 || count > QuestionRequest.MAX_COUNT);
                batch++) {
            int wanted = Math.min(QuestionRequest.MAX_COUNT, count - picked.size());
            int before = picked.size();
            for (Question q : service.generate(
                    new QuestionRequest(wanted, Seeds.batch(seed, batch), kinds, topics, sources, false, period))) {
                if (picked.size() < count) {
                    picked.putIfAbsent(q.id(), q);
                }
            }
            fruitless = picked.size() == before ? fruitless + 1 : 0;
        }
        if (picked.isEmpty()) {
            throw new InvalidInputException("No questions match these filters (kinds " + describe(kinds) + ", topics "
                    + describe(topics) + ", sources " + describe(sources) + ", period " + period.describe()
                    + "); choose more topics or kinds");
        }
        return new ArrayList<>(picked.values());
    }

    private static String describe(Set<?> values) {
        return values.isEmpty() ? "any" : values.toString();
    }
}
