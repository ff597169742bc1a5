package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.prelims.error.InvalidInputException;
import in.prelims.marking.Fraction;
import in.prelims.marking.Marking;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    /** {@code right} answered with the key, {@code wrong} with another option, {@code blank} left out. */
    private static List<Scorecard.Item> items(int right, int wrong, int blank) {
        List<Scorecard.Item> items = new ArrayList<>();
        for (int i = 0; i < right; i++) items.add(new Scorecard.Item(1, 1, List.of("a")));
        for (int i = 0; i < wrong; i++) items.add(new Scorecard.Item(0, 1, List.of("b")));
        for (int i = 0; i < blank; i++) items.add(new Scorecard.Item(null, 1, List.of("a", "b")));
        return items;
    }

    @Test
    void upscThirtyWrongAnswersCostExactlyTwentyMarks() {
        Scorecard card = Scorecard.of(Marking.UPSC_GS, items(0, 30, 0));
        assertThat(card.score()).isEqualTo(Fraction.of(-20));
        assertThat(card.maxScore()).isEqualTo(Fraction.of(60));
        assertThat(card.wrong()).isEqualTo(30);
    }

    @Test
    void upscMixedWalkthrough() {
        // 70 right (+140), 20 wrong (-40/3), 10 blank: 380/3 = 126.67 of 200
        Scorecard card = Scorecard.of(Marking.UPSC_GS, items(70, 20, 10));
        assertThat(card.score()).isEqualTo(Fraction.of(380, 3));
        assertThat(card.score().rounded(2)).isEqualByComparingTo("126.67");
        assertThat(card.maxScore()).isEqualTo(Fraction.of(200));
        assertThat(List.of(card.correct(), card.wrong(), card.unattempted())).containsExactly(70, 20, 10);
    }

    @Test
    void csatWalkthrough() {
        // 6 right (+15), 4 wrong (-10/3), 2 blank: 35/3 of 30
        Scorecard card = Scorecard.of(Marking.CSAT, items(6, 4, 2));
        assertThat(card.score()).isEqualTo(Fraction.of(35, 3));
        assertThat(card.maxScore()).isEqualTo(Fraction.of(30));
        // six wrong CSAT answers cost exactly 5 marks
        assertThat(Scorecard.of(Marking.CSAT, items(0, 6, 0)).score()).isEqualTo(Fraction.of(-5));
    }

    @Test
    void noNegativeMarkingWalkthrough() {
        Scorecard card = Scorecard.of(Marking.NONE, items(5, 3, 2));
        assertThat(card.score()).isEqualTo(Fraction.of(5));
        assertThat(card.maxScore()).isEqualTo(Fraction.of(10));
    }

    @Test
    void customStatePscWalkthrough() {
        Marking psc = Marking.custom(Fraction.of(1), Fraction.parse("0.25"));
        Scorecard card = Scorecard.of(psc, items(7, 3, 0));
        assertThat(card.score()).isEqualTo(Fraction.of(25, 4));
        assertThat(card.score().rounded(2)).isEqualByComparingTo("6.25");
    }

    @Test
    void perTopicBreakdownCountsEveryTopicOfAQuestionWeakestFirst() {
        Scorecard card = Scorecard.of(Marking.UPSC_GS, items(2, 1, 1));
        TopicTally a = card.topics().stream()
                .filter(t -> t.topic().equals("a"))
                .findFirst()
                .orElseThrow();
        TopicTally b = card.topics().stream()
                .filter(t -> t.topic().equals("b"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(a.questions(), a.correct(), a.wrong(), a.unattempted()))
                .containsExactly(3, 2, 0, 1);
        assertThat(a.marks()).isEqualTo(Fraction.of(4));
        assertThat(List.of(b.questions(), b.correct(), b.wrong(), b.unattempted()))
                .containsExactly(2, 0, 1, 1);
        assertThat(b.marks()).isEqualTo(Fraction.of(-2, 3));
        assertThat(card.topics().get(0).topic()).isEqualTo("b");
        assertThat(a.accuracy()).isEqualTo(67);
    }

    @Test
    void customMarkingRefusesNonsense() {
        assertThatThrownBy(() -> Marking.custom(Fraction.ZERO, Fraction.ZERO))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Marking.custom(Fraction.of(1), Fraction.of(-1, 4)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("deducted");
        assertThatThrownBy(() -> Marking.custom(Fraction.of(101), Fraction.ZERO))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void storedSchemesReadBackExactly() {
        Marking stored = Marking.stored("csat", "5/2", "5/6");
        assertThat(stored).isEqualTo(Marking.CSAT);
        assertThat(stored.summary()).isEqualTo("+2.5 / \u22125/6");
    }
}
