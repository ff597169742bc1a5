package in.prelims.export;

import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionRequest;
import in.prelims.generation.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions for printing and exporting: the engine's output for the filters, its rejection of an unknown
 * topic or source turned into a 400. Larger sets than one engine request allows are drawn in batches
 * with seeds derived from the request's seed, keeping the first of each question id.
 */
@ApplicationScoped
public class QuestionPicker {

    /** Batches in a row that may add nothing new before the pool counts as exhausted. */
    private static final int FRUITLESS_BATCHES = 3;

    @Inject
    QuestionService service;

    /** Up to {@code count} distinct questions; fewer only when the fact base has no more for the filters. */
    public List<Question> pick(int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources) {
        Map<String, Question> picked = new LinkedHashMap<>();
        int fruitless = 0;
        for (int batch = 0; picked.size() < count && fruitless < FRUITLESS_BATCHES; batch++) {
            int wanted = Math.min(QuestionRequest.MAX_COUNT, count - picked.size());
            int before = picked.size();
            for (Question q : generate(new QuestionRequest(wanted, batchSeed(seed, batch), kinds, topics, sources))) {
                if (picked.size() < count) {
                    picked.putIfAbsent(q.id(), q);
                }
            }
            fruitless = picked.size() == before ? fruitless + 1 : 0;
        }
        if (picked.isEmpty()) {
            throw new BadRequestException("No questions match these filters (kinds " + describe(kinds) + ", topics "
                    + describe(topics) + ", sources " + describe(sources) + "); choose more topics or kinds");
        }
        return new ArrayList<>(picked.values());
    }

    private List<Question> generate(QuestionRequest request) {
        try {
            return service.generate(request);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The first batch uses the seed itself, so a small request equals the engine's own answer. */
    static long batchSeed(long seed, int batch) {
        if (batch == 0) {
            return seed;
        }
        long z = seed + batch * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String describe(Set<?> values) {
        return values.isEmpty() ? "any" : values.toString();
    }
}
