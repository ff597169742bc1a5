package in.prelims.classes;

import in.prelims.account.Account;
import in.prelims.account.Owner;
import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionPicker;
import in.prelims.quiz.PaperSecret;
import in.prelims.quiz.QuizService;
import in.prelims.quiz.StoredPaper;
import in.prelims.worksheet.SetShuffler;
import in.prelims.worksheet.WorksheetSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Classes: creating one, joining it, assigning a paper and starting a student's attempt at it. */
@ApplicationScoped
class Classes {

    /** "paper id/set letter" to the set's stored quiz paper: a set's questions never change once assigned. */
    private final ConcurrentHashMap<String, StoredPaper> storedSets = new ConcurrentHashMap<>();

    /** No 0/O or 1/I/L: codes are read aloud and copied from a board. */
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    QuestionPicker picker;

    @Inject
    QuizService quizzes;

    @Inject
    PaperSecret secret;

    Clock clock = Clock.systemUTC();

    @Transactional
    SchoolClass create(Account teacher, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new InvalidInputException("name", "A class needs a name of 1 to 120 characters");
        }
        SchoolClass c = new SchoolClass();
        c.teacherId = teacher.id;
        c.name = trimmed;
        c.joinCode = newCode();
        c.createdAt = clock.instant();
        c.persist();
        return c;
    }

    @Transactional
    SchoolClass join(Account student, String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        SchoolClass c = SchoolClass.<SchoolClass>find("joinCode", wanted)
                .firstResultOptional()
                .orElseThrow(() -> new InvalidInputException(
                        "code", "No class has the code \"" + wanted + "\"; check it with your teacher"));
        if (!c.taughtBy(student.id) && !c.hasMember(student.id)) {
            Member m = new Member();
            m.classId = c.id;
            m.userId = student.id;
            m.joinedAt = clock.instant();
            m.persist();
        }
        return c;
    }

    /**
     * Stores each set's questions once, and each set's quiz paper that its students sit, and seats the
     * members round-robin, A, B, C ...
     */
    @Transactional
    ClassPaper assign(SchoolClass c, PaperRequest request) {
        ClassPaper paper = request.paper(c.id, clock.instant());
        paper.persist();
        Set<Kind> kinds = request.options().kinds().isEmpty()
                ? Set.copyOf(Kind.withOptions())
                : request.options().kinds();
        long seed = request.seedChosen() ? request.options().seed() : secret.freshSeed();
        List<Question> questions = picker.pick(
                request.options().count(),
                seed,
                kinds,
                request.options().topics(),
                request.options().sources());
        List<WorksheetSet> sets = SetShuffler.sets(questions, paper.sets, seed);
        for (WorksheetSet set : sets) {
            for (int p = 0; p < set.questions().size(); p++) {
                Question shown = set.questions().get(p);
                Question original = questions.stream()
                        .filter(q -> q.id().equals(shown.id()))
                        .findFirst()
                        .orElseThrow();
                PaperQuestion row = new PaperQuestion();
                row.paperId = paper.id;
                row.setLetter = set.letter();
                row.position = p;
                row.item = questions.indexOf(original);
                row.optionOrder = StoredQuestions.order(original, shown);
                row.question = StoredQuestions.write(shown);
                row.persist();
            }
        }
        List<Member> members =
                Member.<Member>find("classId = ?1 order by id", c.id).list();
        for (Member m : members) {
            seat(paper, m.userId);
        }
        // each set's quiz paper stored now, before the start: a scheduled mock's first starts need not store it
        for (WorksheetSet set : sets) {
            storedSet(paper, set.letter());
        }
        return paper;
    }

    /**
     * The student's attempt at the paper, started from their set's stored questions on the first call.
     *
     * @return the attempt's id
     */
    @Transactional
    UUID start(SchoolClass c, ClassPaper paper, Account student) {
        if (!c.hasMember(student.id)) {
            throw new NotFoundException("No paper " + paper.id + " here: join the class first");
        }
        Seat seat = Seat.<Seat>find("paperId = ?1 and userId = ?2", paper.id, student.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseGet(() -> seat(paper, student.id));
        if (seat.attemptId != null) {
            return seat.attemptId;
        }
        Instant now = clock.instant();
        if (!paper.open(now)) {
            throw new ConflictException(
                    now.isBefore(paper.opensAt)
                            ? "This paper is not open yet; it opens at " + paper.opensAt
                            : "This paper closed at " + paper.closesAt + "; it can no longer be started");
        }
        long untilClose = paper.closesAt.getEpochSecond() - now.getEpochSecond();
        int limit = (int) Math.max(1, Math.min(paper.timeLimitSeconds, untilClose));
        seat.attemptId = quizzes.startStored(
                Owner.account(student.id),
                storedSet(paper, seat.setLetter),
                paper.marking(),
                limit,
                student.extraMinutesPerHour);
        return seat.attemptId;
    }

    /**
     * The stored quiz paper of a set, from memory after the first start (a set's questions never change
     * once assigned, and a stored paper is found by its content on any instance).
     */
    private StoredPaper storedSet(ClassPaper paper, String setLetter) {
        return storedSets.computeIfAbsent(
                paper.id + "/" + setLetter,
                key ->
                        quizzes.store(PaperQuestion.<PaperQuestion>find(
                                        "paperId = ?1 and setLetter = ?2 order by position", paper.id, setLetter)
                                .stream()
                                .map(q -> StoredQuestions.read(q.question))
                                .toList()));
    }

    /** Moves a student who has not started yet to another set. */
    @Transactional
    void moveToSet(ClassPaper paper, long userId, String letter) {
        if (letter == null || letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) >= 'A' + paper.sets) {
            throw new InvalidInputException("set", "set must be a letter from A to " + paper.setLetter(paper.sets - 1));
        }
        Seat seat = Seat.<Seat>find("paperId = ?1 and userId = ?2", paper.id, userId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("That student has no seat in this paper"));
        if (seat.attemptId != null) {
            throw new ConflictException("That student has already started set " + seat.setLetter);
        }
        seat.setLetter = letter;
    }

    private static Seat seat(ClassPaper paper, long userId) {
        Seat seat = new Seat();
        seat.paperId = paper.id;
        seat.userId = userId;
        seat.setLetter = paper.setLetter((int) (Seat.count("paperId", paper.id) % paper.sets));
        seat.persist();
        return seat;
    }

    private static String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
            }
            if (SchoolClass.count("joinCode", code.toString()) == 0) {
                return code.toString();
            }
        }
    }
}
