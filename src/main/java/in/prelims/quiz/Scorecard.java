package in.prelims.quiz;

import in.prelims.marking.Fraction;
import in.prelims.marking.Marking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact marks of one attempt: a line per question, the totals and a per-topic breakdown.
 * Computed from what the attempt stored, so it never changes after the fact base does.
 */
public record Scorecard(
        Fraction score,
        Fraction maxScore,
        int correct,
        int wrong,
        int unattempted,
        List<Line> lines,
        List<TopicTally> topics) {

    /** One question as the marking sees it: what was chosen (null: left blank) and the key. */
    public record Item(Integer chosen, int answer, List<String> topics) {}

    public enum Outcome {
        CORRECT,
        WRONG,
        UNATTEMPTED
    }

    public record Line(int index, Integer chosen, int answer, Outcome outcome, Fraction marks) {}

    public Scorecard {
        lines = List.copyOf(lines);
        topics = List.copyOf(topics);
    }

    public static Scorecard of(Marking marking, List<Item> items) {
        List<Line> lines = new ArrayList<>();
        Map<String, TopicTally> byTopic = new TreeMap<>();
        Fraction score = Fraction.ZERO;
        int correct = 0;
        int wrong = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Outcome outcome = item.chosen() == null
                    ? Outcome.UNATTEMPTED
                    : item.chosen() == item.answer() ? Outcome.CORRECT : Outcome.WRONG;
            Fraction marks = marking.marksFor(item.chosen(), item.answer());
            lines.add(new Line(i, item.chosen(), item.answer(), outcome, marks));
            score = score.plus(marks);
            correct += outcome == Outcome.CORRECT ? 1 : 0;
            wrong += outcome == Outcome.WRONG ? 1 : 0;
            for (String topic : item.topics()) {
                byTopic.computeIfAbsent(topic, TopicTally::empty).add(outcome, marks);
            }
        }
        List<TopicTally> topics = byTopic.values().stream()
                .sorted(Comparator.comparing(TopicTally::accuracy).thenComparing(TopicTally::topic))
                .toList();
        return new Scorecard(
                score,
                marking.correct().times(items.size()),
                correct,
                wrong,
                items.size() - correct - wrong,
                lines,
                topics);
    }

    public int questions() {
        return lines.size();
    }

    /** The score as a percentage of the maximum, for trends; 0 when nothing could be scored. */
    public double percent() {
        return maxScore.signum() == 0
                ? 0
                : 100.0
                        * score.numerator()
                        * maxScore.denominator()
                        / ((double) score.denominator() * maxScore.numerator());
    }
}
