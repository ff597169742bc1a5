package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionService;
import in.prelims.marking.Marking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Hibernate;

/** Starts, answers and submits quiz attempts; every change is committed before it is acknowledged. */
@ApplicationScoped
public class QuizService {

    static final String BY_YOU = "you";
    static final String BY_TIMER = "timer";
    static final String BY_SERVER = "server";

    @Inject
    QuestionService questions;

    @Inject
    FactBase base;

    @Inject
    QuizConfig config;

    @Inject
    QuizClock clock;

    @Inject
    Event<QuizSubmitted> submitted;

    @Transactional
    public QuizAttempt start(QuizSettings settings, Owner owner, int extraMinutesPerHour) {
        checkKnown(settings);
        List<Question> generated = questions.generate(settings.request()).stream()
                .filter(q -> q.kind().hasOptionsToChoose())
                .toList();
        if (generated.isEmpty()) {
            throw new InvalidInputException(
                    "No questions could be made for these topics, sources and kinds; " + "choose more of them");
        }
        QuizAttempt attempt = Snapshots.attempt(settings, owner, clock.now(), extraMinutesPerHour, generated);
        attempt.persist();
        return attempt;
    }

    /** The attempt if it exists and belongs to {@code owner}; anything else is the same 404. */
    public QuizAttempt owned(String id, Owner owner) {
        return find(id, owner, LockModeType.NONE);
    }

    /** The changing part of an owned attempt, in one query; 404 like {@link #owned}. */
    public AttemptView view(String id, Owner owner) {
        UUID uuid = uuid(id);
        List<Object[]> rows = QuizAttempt.getEntityManager()
                .createQuery(
                        "select a.userId, a.guestKey, a.deadline, "
                                + "a.submittedAt, a.markingName, a.markingCorrect, a.markingWrong, q.chosen, q.marked "
                                + "from AttemptQuestion q join q.attempt a where a.id = ?1 order by q.position",
                        Object[].class)
                .setParameter(1, uuid)
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        Object[] first = rows.get(0);
        AttemptView view = new AttemptView(
                uuid,
                (Long) first[0],
                (String) first[1],
                (Instant) first[2],
                (Instant) first[3],
                Marking.stored((String) first[4], (String) first[5], (String) first[6]),
                rows.stream().map(r -> (Integer) r[7]).toList(),
                rows.stream().map(r -> (Boolean) r[8]).toList());
        boolean mine = owner.userId() != null
                ? owner.userId().equals(view.userId())
                : view.userId() == null && owner.guestKey().equals(view.guestKey());
        if (!mine) {
            throw notFound(id);
        }
        return view;
    }

    /**
     * A late answer is refused as late even when the expiry job has already submitted the attempt, so
     * the message gives the real reason.
     *
     * @param answer read only once the attempt is known to be the owner's, so a stranger gets 404 for any body
     */
    @Transactional
    public void answer(String id, Owner owner, Supplier<Answer> answer) {
        QuizAttempt attempt = find(id, owner, LockModeType.PESSIMISTIC_WRITE);
        Answer given = answer.get();
        int index = given.index();
        Integer option = given.option();
        AttemptQuestion question = AttemptQuestion.<AttemptQuestion>find(
                        "attempt = ?1 and position = ?2", attempt, index)
                .firstResultOptional()
                .orElseThrow(() -> new InvalidInputException(
                        "index",
                        "There is no question " + index + ": this quiz has questions 0 to "
                                + (AttemptQuestion.count("attempt", attempt) - 1)));
        if (option != null && (option < 0 || option >= question.options.size())) {
            throw new InvalidInputException(
                    "option",
                    "option must be 0 to " + (question.options.size() - 1) + " for question " + index
                            + ", or null to clear the answer (it was " + option + ")");
        }
        Instant now = clock.now();
        if (now.isAfter(attempt.deadline.plus(config.grace()))) {
            throw new ConflictException("Time is up: this quiz ended at " + Times.clock(attempt.deadline, config.zone())
                    + ", and answers after the deadline are not accepted.");
        }
        if (attempt.submitted()) {
            throw new ConflictException("This quiz was submitted at " + Times.clock(attempt.submittedAt, config.zone())
                    + "; its answers can no longer be changed.");
        }
        question.chosen = option;
        if (given.marked() != null) {
            question.marked = given.marked();
        }
        question.answeredAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Submits once; a later call returns the attempt as first submitted. */
    @Transactional
    public QuizAttempt submit(String id, Owner owner, String by) {
        QuizAttempt attempt = find(id, owner, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.submitted()) {
            attempt.finish(clock.now(), by);
            submitted.fire(QuizSubmitted.of(attempt));
        }
        Hibernate.initialize(attempt.questions);
        return attempt;
    }

    /** True once answers are refused: the deadline and the grace have both passed. */
    public boolean expired(Instant deadline) {
        return clock.now().isAfter(deadline.plus(config.grace()));
    }

    private QuizAttempt find(String id, Owner owner, LockModeType lock) {
        QuizAttempt attempt = QuizAttempt.findById(uuid(id), lock);
        if (attempt == null || !attempt.ownedBy(owner)) {
            throw notFound(id);
        }
        return attempt;
    }

    private void checkKnown(QuizSettings settings) {
        for (String topic : settings.topics()) {
            if (!base.topicCounts().containsKey(topic)) {
                throw new InvalidInputException("topics", "Unknown topic \"" + topic + "\"; see /facts for the topics");
            }
        }
        for (String source : settings.sources()) {
            if (base.source(source).isEmpty()) {
                throw new InvalidInputException(
                        "sources", "Unknown source \"" + source + "\"; see /api/sources for the sources");
            }
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("No quiz " + id + " here: it does not exist or belongs to someone else.");
    }
}
