package in.prelims.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import in.prelims.marking.Marking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** The JSON shapes of {@code /api/quizzes}. Nothing sent before the submit contains a key. */
final class QuizJson {

    private QuizJson() {}

    record MarkingJson(String name, String correct, String wrong) {
        static MarkingJson of(Marking m) {
            return new MarkingJson(m.slug(), m.correct().toString(), m.wrong().toString());
        }
    }

    /** A question as shown while the quiz runs. */
    record Shown(
            int index,
            String kind,
            String stem,
            List<String> statements,
            List<String> headings,
            String questionLine,
            List<String> options) {
        static Shown of(AttemptQuestion q) {
            return new Shown(
                    q.position, q.kind(), q.stem(), q.statements(), q.headings(), q.questionLine(), q.options());
        }
    }

    /**
     * @param now the server's time when this was sent, to count down against {@code deadline}
     */
    record Started(
            String id,
            Instant deadline,
            Instant now,
            int timeLimitSeconds,
            int extraSeconds,
            MarkingJson marking,
            int requested,
            int served,
            List<Shown> questions) {
        static Started of(QuizAttempt a, Instant now) {
            return new Started(
                    a.id.toString(),
                    a.deadline,
                    now,
                    a.timeLimitSeconds,
                    a.extraSeconds,
                    MarkingJson.of(a.marking()),
                    a.requested(),
                    a.questions.size(),
                    a.questions.stream().map(Shown::of).toList());
        }
    }

    /**
     * @param answers   per question the chosen option or null; {@code marked} likewise for review marks
     * @param questions only when asked for ({@code ?questions=true}), to resume from another client
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(
            String id,
            Instant deadline,
            Instant now,
            boolean submitted,
            List<Integer> answers,
            List<Boolean> marked,
            List<Shown> questions) {
        static State of(AttemptView a, Instant now, QuizAttempt withQuestions) {
            return new State(
                    a.id().toString(),
                    a.deadline(),
                    now,
                    a.submitted(),
                    a.chosen(),
                    a.marked(),
                    withQuestions == null
                            ? null
                            : withQuestions.questions.stream().map(Shown::of).toList());
        }
    }

    record QuestionResult(
            int index,
            Integer chosen,
            int answer,
            boolean correct,
            BigDecimal marks,
            String marksExact,
            String explanation,
            List<Citation> sources,
            List<String> factIds,
            List<String> topics) {}

    record TopicResult(
            String topic, int questions, int correct, int wrong, int unattempted, BigDecimal marks, int accuracy) {}

    /** Scores rounded to two decimals, each with its exact value as a fraction such as "-20/3". */
    record Result(
            String id,
            BigDecimal score,
            String scoreExact,
            BigDecimal maxScore,
            String maxScoreExact,
            int correct,
            int wrong,
            int unattempted,
            MarkingJson marking,
            Instant submittedAt,
            String submittedBy,
            long timeUsedSeconds,
            List<QuestionResult> questions,
            List<TopicResult> topics) {

        static Result of(QuizAttempt a) {
            Scorecard card = a.scorecard();
            List<QuestionResult> questions = IntStream.range(0, a.questions.size())
                    .mapToObj(i -> {
                        AttemptQuestion q = a.questions.get(i);
                        Scorecard.Line line = card.lines().get(i);
                        return new QuestionResult(
                                i,
                                q.chosen,
                                q.answer(),
                                line.outcome() == Scorecard.Outcome.CORRECT,
                                line.marks().rounded(2),
                                line.marks().toString(),
                                q.explanation(),
                                q.sources(),
                                q.factIds(),
                                q.topics());
                    })
                    .toList();
            List<TopicResult> topics = card.topics().stream()
                    .map(t -> new TopicResult(
                            t.topic(),
                            t.questions(),
                            t.correct(),
                            t.wrong(),
                            t.unattempted(),
                            t.marks().rounded(2),
                            t.accuracy()))
                    .toList();
            return new Result(
                    a.id.toString(),
                    card.score().rounded(2),
                    card.score().toString(),
                    card.maxScore().rounded(2),
                    card.maxScore().toString(),
                    card.correct(),
                    card.wrong(),
                    card.unattempted(),
                    MarkingJson.of(a.marking()),
                    a.submittedAt,
                    a.submittedBy,
                    a.timeUsed().toSeconds(),
                    questions,
                    topics);
        }
    }
}
