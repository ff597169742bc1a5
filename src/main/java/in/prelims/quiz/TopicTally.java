package in.prelims.quiz;

import in.prelims.marking.Fraction;

/**
 * How one topic went: questions asked on it and how they were answered. Mutable while counting;
 * read-only once handed out.
 */
public final class TopicTally {

    /** Weakest first by {@link #evidenceOfStrength()}, then the topic asked more often, then by name. */
    public static final java.util.Comparator<TopicTally> WEAKEST_FIRST = java.util.Comparator.comparingDouble(
                    TopicTally::evidenceOfStrength)
            .thenComparing(
                    java.util.Comparator.comparingInt(TopicTally::questions).reversed())
            .thenComparing(TopicTally::topic);

    private final String topic;
    private int questions;
    private int correct;
    private int wrong;
    private Fraction marks = Fraction.ZERO;

    private TopicTally(String topic) {
        this.topic = topic;
    }

    public static TopicTally empty(String topic) {
        return new TopicTally(topic);
    }

    void add(Scorecard.Outcome outcome, Fraction questionMarks) {
        questions++;
        correct += outcome == Scorecard.Outcome.CORRECT ? 1 : 0;
        wrong += outcome == Scorecard.Outcome.WRONG ? 1 : 0;
        marks = marks.plus(questionMarks);
    }

    /** Adds another tally of the same topic, for totals over several attempts. */
    public void addAll(TopicTally other) {
        questions += other.questions;
        correct += other.correct;
        wrong += other.wrong;
        marks = marks.plus(other.marks);
    }

    public String topic() {
        return topic;
    }

    public int questions() {
        return questions;
    }

    public int correct() {
        return correct;
    }

    public int wrong() {
        return wrong;
    }

    public int unattempted() {
        return questions - correct - wrong;
    }

    public Fraction marks() {
        return marks;
    }

    /** Correct answers as a share of the questions asked, 0 to 100; a blank counts against it. */
    public int accuracy() {
        return questions == 0 ? 0 : Math.round(100f * correct / questions);
    }

    /** Questions answered (right or wrong), not left blank. */
    public int answered() {
        return correct + wrong;
    }

    /**
     * How sure we are that this topic is weak: the share right with one right and one wrong added
     * (Laplace's rule), so 0 of 13 (1/15) ranks weaker than 0 of 2 (1/4) and one lucky answer
     * does not make a topic strong.
     */
    public double evidenceOfStrength() {
        return (correct + 1.0) / (questions + 2.0);
    }
}
