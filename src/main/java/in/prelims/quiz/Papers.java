package in.prelims.quiz;

import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** Stores each paper once, whatever number of attempts sit it. */
@ApplicationScoped
class Papers {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** About 250 bytes a paper of 50 questions: at most some 12 MB before the map is emptied and refills. */
    static final int MAX_OPTION_COUNTS = 50_000;

    private final ConcurrentHashMap<UUID, int[]> optionCounts = new ConcurrentHashMap<>();

    @Inject
    QuizClock clock;

    /**
     * The stored paper of these questions: the one already stored with the same content, or a new one,
     * committed in its own transaction so two starts of the same content share one row.
     */
    Paper store(List<Question> questions) {
        Paper paper = Snapshots.paper(questions, clock.now());
        UUID id = find(paper.contentHash).orElseGet(() -> {
            try {
                QuarkusTransaction.requiringNew().run(paper::persist);
                return paper.id;
            } catch (RuntimeException raced) {
                return find(paper.contentHash).orElseThrow(() -> raced);
            }
        });
        return Paper.findById(id);
    }

    /**
     * How many options each question of a stored paper has, by position: what an answer save checks.
     * Read once per paper and kept in memory (a stored paper never changes).
     */
    /** The option counts of a paper read before, without asking the database. */
    Optional<int[]> optionCountsInMemory(UUID paper) {
        return Optional.ofNullable(optionCounts.get(paper));
    }

    int[] optionCounts(UUID paper) {
        int[] counts = optionCounts.get(paper);
        if (counts == null) {
            counts = Paper.<Paper>findById(paper).questions.stream()
                    .mapToInt(q -> q.options.size())
                    .toArray();
            if (optionCounts.size() >= MAX_OPTION_COUNTS) {
                optionCounts.clear();
            }
            optionCounts.put(paper, counts);
        }
        return counts;
    }

    /** A fresh option order per question for another sitting: free options shuffled, fixed ones kept. */
    static List<List<Integer>> shuffledOrders(Paper paper) {
        List<List<Integer>> orders = new ArrayList<>();
        for (PaperQuestion q : paper.questions) {
            boolean fixed = Kind.ofSlug(q.kind).map(Kind::fixedOptionOrder).orElse(true);
            List<Integer> order =
                    new ArrayList<>(IntStream.range(0, q.options.size()).boxed().toList());
            if (!fixed) {
                Collections.shuffle(order, RANDOM);
            }
            boolean natural = IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
            orders.add(natural ? null : List.copyOf(order));
        }
        return orders;
    }

    private static Optional<UUID> find(String contentHash) {
        return Paper.getEntityManager()
                .createQuery("select id from QuizPaper where contentHash = ?1", UUID.class)
                .setParameter(1, contentHash)
                .getResultStream()
                .findFirst();
    }
}
