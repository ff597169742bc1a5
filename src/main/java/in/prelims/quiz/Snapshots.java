package in.prelims.quiz;

import in.prelims.generation.Question;

/** Copies a generated question into an attempt, so the attempt no longer depends on the fact base. */
final class Snapshots {

    private Snapshots() {}

    static AttemptQuestion of(QuizAttempt attempt, int position, Question question) {
        AttemptQuestion shown = new AttemptQuestion();
        shown.attempt = attempt;
        shown.position = position;
        shown.questionId = question.id();
        shown.kind = question.kind().slug();
        shown.stem = question.stem();
        shown.statements = question.statements();
        shown.options = question.options();
        shown.answer = question.answer();
        shown.explanation = question.explanation();
        shown.factIds = question.factIds();
        shown.sources = question.sources().stream().map(Citation::of).toList();
        shown.topics = question.topics();
        return shown;
    }
}
