package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionService;
import in.prelims.generation.Seeds;
import in.prelims.marking.Marking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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
    PaperSecret secret;

    @Inject
    Papers papers;

    @Inject
    StartQuota quota;

    @Inject
    AttemptOwners owners;

    @Inject
    AnswerWriter answers;

    @Inject
    Event<QuizSubmitted> submitted;

    @Transactional
    public QuizAttempt start(QuizSettings settings, Owner owner, int extraMinutesPerHour) {
        checkKnown(settings);
        quota.admit(owner, settings.count());
        long draw = Seeds.draw();
        List<Question> generated = questions.generate(settings.request(secret.seedFor(draw))).stream()
                .filter(q -> q.kind().hasOptionsToChoose())
                .toList();
        if (generated.isEmpty()) {
            throw new InvalidInputException(
                    "No questions could be made for these topics, sources and kinds; " + "choose more of them");
        }
        Paper paper = papers.store(generated);
        QuizAttempt attempt = Snapshots.attempt(settings, draw, owner, clock.now(), extraMinutesPerHour, paper, null);
        attempt.persist();
        return attempt.loaded();
    }

    /**
     * A new attempt of a submitted attempt's paper, with its time limit and marking and the free
     * options in a new order. Only a submitted attempt can be sat again, so a retake never shows a key
     * that a running attempt still needs hidden.
     */
    @Transactional
    public QuizAttempt retake(String id, Owner owner, int extraMinutesPerHour) {
        QuizAttempt original = find(id, owner, LockModeType.NONE);
        if (!original.submitted()) {
            throw new ConflictException("This quiz is still running: submit it before sitting its questions again.");
        }
        QuizSettings settings = QuizSettings.of(original);
        quota.admit(owner, settings.count());
        QuizAttempt attempt = Snapshots.attempt(
                settings,
                Seeds.draw(),
                owner,
                clock.now(),
                extraMinutesPerHour,
                original.paper,
                Papers.shuffledOrders(original.paper));
        attempt.persist();
        return attempt.loaded();
    }

    /**
     * Stores a fixed paper (a class's set: these questions, in this order) once, for {@link #startStored}.
     * The same content is the same stored paper.
     */
    @Transactional
    public StoredPaper store(List<Question> questions) {
        Paper paper = papers.store(questions);
        return new StoredPaper(paper.id, paper.questions.size());
    }

    /**
     * Starts an attempt at a stored paper with this marking, without reading the paper: every student
     * of a class's set sits the one stored paper. Three statements: the attempt, its question rows in
     * one insert, and the caller's.
     *
     * @return the new attempt's id
     */
    @Transactional
    public UUID startStored(
            Owner owner, StoredPaper stored, Marking marking, int timeLimitSeconds, int extraMinutesPerHour) {
        QuizSettings settings =
                new QuizSettings(stored.questions(), Set.of(), Set.of(), Set.of(), timeLimitSeconds, marking);
        Paper paper = Paper.getEntityManager().getReference(Paper.class, stored.id());
        QuizAttempt attempt = Snapshots.row(settings, 0, owner, clock.now(), extraMinutesPerHour, paper);
        attempt.persistAndFlush();
        AttemptRows.insert(attempt.id, stored.questions());
        return attempt.id;
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
        if (!owner.owns(view.userId(), view.guestKey())) {
            throw notFound(id);
        }
        return view;
    }

    /**
     * Saves one answer once the attempt is known to be the owner's, through the {@link AnswerWriter}:
     * returns only after the answer is committed; a late answer or one to a submitted attempt is
     * refused there, under the attempt's lock, with the real reason.
     *
     * @param answer read only once the attempt is known to be the owner's, so a stranger gets 404 for any body
     */
    public void answer(String id, Owner owner, Supplier<Answer> answer) {
        UUID attempt = uuid(id);
        AttemptOwners.Known known = owners.owned(attempt, owner).orElseThrow(() -> notFound(id));
        Answer given = answer.get().within(papers.optionCounts(known.paperId()));
        try {
            answers.save(attempt, given).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : e;
        }
    }

    /**
     * Submits once; a later call returns the attempt as first submitted. Who submitted is the server's
     * call, never the client's: "timer" once the deadline has passed, else "you".
     */
    @Transactional
    public QuizAttempt submit(String id, Owner owner) {
        return submit(id, owner, null);
    }

    /** Submits an attempt found expired when its owner came back ("server"). */
    @Transactional
    QuizAttempt submitExpired(String id, Owner owner) {
        return submit(id, owner, BY_SERVER);
    }

    private QuizAttempt submit(String id, Owner owner, String by) {
        QuizAttempt attempt = find(id, owner, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.submitted()) {
            Instant now = clock.now();
            attempt.finish(now, by != null ? by : now.isAfter(attempt.deadline) ? BY_TIMER : BY_YOU);
            submitted.fire(QuizSubmitted.of(attempt));
        }
        return attempt.loaded();
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

    static UUID uuid(String id) {
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
