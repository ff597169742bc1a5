package in.prelims.quiz;

import in.prelims.marking.Fraction;

/**
 * How one topic went: questions asked on it and how they were answered. Mutable while counting;
 * read-only once handed out.
 */
public final class TopicTally {

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
}
