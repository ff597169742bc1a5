package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Copies generated questions into a paper, and makes attempts of a paper, so neither depends on the fact base. */
final class Snapshots {

    private Snapshots() {}

    /** A new paper holding a copy of every question, ready to persist; its hash names its content. */
    static Paper paper(List<Question> questions, Instant now) {
        Paper paper = new Paper();
        paper.id = UUID.randomUUID();
        paper.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < questions.size(); i++) {
            paper.questions.add(of(paper, i, questions.get(i)));
        }
        paper.contentHash = sha256(JsonColumns.write(paper.questions.stream()
                .map(q -> List.of(
                        q.questionId,
                        q.kind,
                        q.stem,
                        q.statements,
                        q.headings == null ? List.of() : q.headings,
                        q.questionLine == null ? "" : q.questionLine,
                        q.options,
                        q.answer,
                        q.explanation,
                        q.factIds,
                        q.sources,
                        q.topics))
                .toList()));
        return paper;
    }

    /**
     * A new attempt of {@code paper} with its deadline and marking, ready to persist.
     *
     * @param draw   the private draw behind the paper's secret seed (or the retake's option order)
     * @param orders per question the option order to show, null entries (or null) for the paper's
     */
    static QuizAttempt attempt(
            QuizSettings settings,
            long draw,
            Owner owner,
            Instant now,
            int extraMinutesPerHour,
            Paper paper,
            List<List<Integer>> orders) {
        QuizAttempt attempt = row(settings, draw, owner, now, extraMinutesPerHour, paper);
        for (int i = 0; i < paper.questions.size(); i++) {
            AttemptQuestion shown = new AttemptQuestion();
            shown.attempt = attempt;
            shown.position = i;
            shown.optionOrder = orders == null ? null : orders.get(i);
            attempt.questions.add(shown);
        }
        return attempt;
    }

    /** The attempt's own row, without its question rows (see {@link AttemptRows#insert}). */
    static QuizAttempt row(
            QuizSettings settings, long draw, Owner owner, Instant now, int extraMinutesPerHour, Paper paper) {
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
        attempt.paper = paper;
        return attempt;
    }

    private static PaperQuestion of(Paper paper, int position, Question question) {
        PaperQuestion stored = new PaperQuestion();
        stored.paper = paper;
        stored.position = position;
        stored.questionId = question.id();
        stored.kind = question.kind().slug();
        stored.stem = question.stem();
        stored.statements = question.statements();
        stored.headings = question.headings();
        stored.questionLine = question.questionLine();
        stored.options = question.options();
        stored.answer = question.answer();
        stored.explanation = question.explanation();
        stored.factIds = question.factIds();
        stored.sources = question.sources().stream().map(Citation::of).toList();
        stored.topics = question.topics();
        return stored;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
