package in.prelims.classes;

import in.prelims.generation.Question;
import in.prelims.marking.Fraction;
import in.prelims.marking.Marking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A paper's results, computed from its submitted attempts and kept until the next submit: the cache is
 * keyed by how many attempts are submitted and the latest submit time, so a submit on any server makes
 * every server compute afresh, and page views in between cost one small query.
 */
@ApplicationScoped
class PaperResults {

    private record Version(long submitted, Instant latest) {}

    private record Cached(Version version, Results results) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    @Transactional
    Results of(ClassPaper paper) {
        Object[] v = em().createQuery(
                        "select count(a), max(a.submittedAt) from Seat s, QuizAttempt a "
                                + "where s.attemptId = a.id and s.paperId = ?1 and a.submittedAt is not null",
                        Object[].class)
                .setParameter(1, paper.id)
                .getSingleResult();
        Version version = new Version((Long) v[0], (Instant) v[1]);
        Cached cached = cache.get(paper.id);
        if (cached != null && Objects.equals(cached.version(), version)) {
            return cached.results();
        }
        Results results = compute(paper);
        computed.incrementAndGet();
        cache.put(paper.id, new Cached(version, results));
        return results;
    }

    /** How many times figures were computed rather than served from the cache. */
    long computations() {
        return computed.get();
    }

    private Results compute(ClassPaper paper) {
        Map<String, PaperQuestion> slots = new HashMap<>();
        Map<Integer, Question> originals = new TreeMap<>();
        for (PaperQuestion q : PaperQuestion.<PaperQuestion>list("paperId", paper.id)) {
            slots.put(q.setLetter + q.position, q);
            if (!originals.containsKey(q.item)) {
                originals.put(
                        q.item,
                        StoredQuestions.unshuffled(
                                StoredQuestions.read(q.question), StoredQuestions.order(q.optionOrder)));
            }
        }
        List<Question> items = new ArrayList<>(originals.values());
        List<Object[]> attempts = em().createQuery(
                        "select s.setLetter, a.id, a.score, a.startedAt, a.submittedAt, a.deadline, u.username "
                                + "from Seat s, QuizAttempt a, Account u where s.attemptId = a.id and u.id = s.userId "
                                + "and s.paperId = ?1 and a.submittedAt is not null order by u.username",
                        Object[].class)
                .setParameter(1, paper.id)
                .getResultList();
        Map<UUID, Integer> row = new HashMap<>();
        List<Results.Student> students = new ArrayList<>();
        Marking marking = paper.marking();
        double best = value(marking.correct());
        double worst = -value(marking.wrong());
        double[][] marks = new double[attempts.size()][items.size()];
        int[][] chosen = new int[attempts.size()][items.size()];
        String[] sets = new String[attempts.size()];
        for (int s = 0; s < attempts.size(); s++) {
            Object[] a = attempts.get(s);
            sets[s] = (String) a[0];
            row.put((UUID) a[1], s);
            java.util.Arrays.fill(chosen[s], -1);
            Instant end = ((Instant) a[4]).isAfter((Instant) a[5]) ? (Instant) a[5] : (Instant) a[4];
            Fraction score = Fraction.parse((String) a[2]);
            students.add(new Results.Student(
                    (String) a[6], sets[s], score.plain(), value(score), Duration.between((Instant) a[3], end), (UUID)
                            a[1]));
        }
        List<Object[]> answers = em().createQuery(
                        "select q.attempt.id, q.position, q.chosen from AttemptQuestion q where q.attempt.id in "
                                + "(select s.attemptId from Seat s where s.paperId = ?1) and q.chosen is not null",
                        Object[].class)
                .setParameter(1, paper.id)
                .getResultList();
        int[] keys = new int[items.size()];
        int[] options = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            keys[i] = items.get(i).answer();
            options[i] = items.get(i).options().size();
        }
        for (Object[] a : answers) {
            Integer s = row.get((UUID) a[0]);
            if (s == null) {
                continue;
            }
            PaperQuestion slot = slots.get(sets[s] + a[1]);
            int original = StoredQuestions.order(slot.optionOrder)[(Integer) a[2]];
            chosen[s][slot.item] = original;
            marks[s][slot.item] = original == keys[slot.item] ? best : worst;
        }
        PaperFigures figures = ItemStatistics.of(new Responses(marks, chosen, keys, options, best, worst));
        return Summaries.results(figures, best * items.size(), students, items);
    }

    private EntityManager em() {
        return Seat.getEntityManager();
    }

    static double value(Fraction f) {
        return (double) f.numerator() / f.denominator();
    }
}
