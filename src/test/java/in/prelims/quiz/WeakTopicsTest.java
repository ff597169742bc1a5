package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.marking.Fraction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which topics count as weakest: evidence, not just a percentage of a handful of questions. */
class WeakTopicsTest {

    private static TopicTally tally(String topic, int correct, int wrong, int blank) {
        TopicTally t = TopicTally.empty(topic);
        for (int i = 0; i < correct; i++) t.add(Scorecard.Outcome.CORRECT, Fraction.of(2));
        for (int i = 0; i < wrong; i++) t.add(Scorecard.Outcome.WRONG, Fraction.of(-2, 3));
        for (int i = 0; i < blank; i++) t.add(Scorecard.Outcome.UNATTEMPTED, Fraction.ZERO);
        return t;
    }

    @Test
    void noneRightOfThirteenIsWeakerThanNoneRightOfTwo() {
        List<String> order = Stream.of(tally("economy", 0, 2, 0), tally("quad", 0, 13, 0), tally("defence", 1, 1, 0))
                .sorted(TopicTally.WEAKEST_FIRST)
                .map(TopicTally::topic)
                .toList();
        assertThat(order).containsExactly("quad", "economy", "defence");
    }

    @Test
    void aTopicOnlyLeftBlankHasNothingAnswered() {
        TopicTally blank = tally("environment", 0, 0, 2);
        assertThat(blank.answered()).isZero();
        assertThat(tally("quad", 1, 1, 1).answered()).isEqualTo(2);
    }
}
