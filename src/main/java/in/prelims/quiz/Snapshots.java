package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Copies generated questions into a new attempt, so the attempt no longer depends on the fact base. */
final class Snapshots {

    private Snapshots() {}

    /** A new attempt with its deadline, its marking and a copy of every question, ready to persist. */
    static QuizAttempt attempt(
            QuizSettings settings,
            long draw,
            Owner owner,
            Instant now,
            int extraMinutesPerHour,
            List<Question> questions) {
        QuizAttempt attempt = new QuizAttempt();
        attempt.id = UUID.randomUUID();
        attempt.userId = owner.userId();
        attempt.guestKey = owner.guestKey();
        attempt.startedAt = now.truncatedTo(ChronoUnit.SECONDS);
        attempt.timeLimitSeconds = settings.timeLimitSeconds();
        attempt.extraSeconds = (int) ((settings.timeLimitSeconds() * (long) extraMinutesPerHour + 59) / 60);
        attempt.deadline = attempt.startedAt.plusSeconds(attempt.timeLimitSeconds + attempt.extraSeconds);
        attempt.markingName = settings.marking().slug();
        attempt.markingCorrect = settings.marking().correct().toString();
        attempt.markingWrong = settings.marking().wrong().toString();
        attempt.seed = draw;
        attempt.kinds = settings.kinds().stream().map(Kind::slug).sorted().collect(Collectors.joining(","));
        attempt.requestedCount = settings.count();
        attempt.topics = settings.topics().stream().sorted().collect(Collectors.joining(","));
        attempt.period = settings.period().slug();
        for (int i = 0; i < questions.size(); i++) {
            attempt.questions.add(of(attempt, i, questions.get(i)));
        }
        return attempt;
    }

    static AttemptQuestion of(QuizAttempt attempt, int position, Question question) {
        AttemptQuestion shown = new AttemptQuestion();
        shown.attempt = attempt;
        shown.position = position;
        shown.questionId = question.id();
        shown.kind = question.kind().slug();
        shown.stem = question.stem();
        shown.statements = question.statements();
        shown.headings = question.headings();
        shown.questionLine = question.questionLine();
        shown.options = question.options();
        shown.answer = question.answer();
        shown.explanation = question.explanation();
        shown.factIds = question.factIds();
        shown.sources = question.sources().stream().map(Citation::of).toList();
        shown.topics = question.topics();
        return shown;
    }
}
