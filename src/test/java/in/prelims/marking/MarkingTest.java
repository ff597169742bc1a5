package in.prelims.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.prelims.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class MarkingTest {

    @Test
    void marksAreExact() {
        assertThat(Marking.UPSC_GS.maxMarks(100).plain()).isEqualTo("200");
        assertThat(Marking.CSAT.maxMarks(80).plain()).isEqualTo("200");
        assertThat(Marking.CSAT.maxMarks(25).plain()).isEqualTo("62.5");
        assertThat(Marking.UPSC_GS.wrong().toString()).isEqualTo("2/3");
        assertThat(Marking.NONE.negative()).isFalse();
        assertThat(Marking.STATE_PSC.negative()).isTrue();
    }

    @Test
    void aWrongAnswerLosesTheSchemesShareOfTheMarks() {
        assertThat(Marking.UPSC_GS.penaltyShare()).isEqualTo(Fraction.of(1, 3));
        assertThat(Marking.CSAT.penaltyShare()).isEqualTo(Fraction.of(1, 3));
        assertThat(Marking.STATE_PSC.penaltyShare()).isEqualTo(Fraction.of(1, 4));
        assertThat(Marking.NONE.penaltyShare()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void lmsPercentFollowsTheShare() {
        assertThat(Marking.UPSC_GS.wrongPercent()).isEqualTo("-33.33333");
        assertThat(Marking.CSAT.wrongPercent()).isEqualTo("-33.33333");
        assertThat(Marking.STATE_PSC.wrongPercent()).isEqualTo("-25");
        assertThat(Marking.NONE.wrongPercent()).isEqualTo("0");
        assertThat(Marking.custom(Fraction.of(3), Fraction.of(2)).wrongPercent())
                .isEqualTo("-66.66667");
    }

    @Test
    void oldSlugsStillNameTheirPresets() {
        assertThat(Marking.preset("upsc")).contains(Marking.UPSC_GS);
        assertThat(Marking.preset("psc")).contains(Marking.STATE_PSC);
        assertThat(Marking.preset(" CSAT ")).contains(Marking.CSAT);
        assertThat(Marking.preset("upsc-gs")).contains(Marking.UPSC_GS);
        for (Marking m : Marking.PRESETS) {
            assertThat(Marking.preset(m.slug())).contains(m);
        }
        assertThat(Marking.stored("upsc-gs", "2", "2/3")).isEqualTo(Marking.UPSC_GS);
    }

    @Test
    void aRequestNamesAPresetOrGetsTheDefault() {
        assertThat(Marking.preset("marking", null, Marking.UPSC_GS)).isEqualTo(Marking.UPSC_GS);
        assertThat(Marking.preset("marking", " ", Marking.NONE)).isEqualTo(Marking.NONE);
        assertThat(Marking.preset("marking", "psc", Marking.UPSC_GS)).isEqualTo(Marking.STATE_PSC);
        assertThatThrownBy(() -> Marking.preset("marking", "jee", Marking.UPSC_GS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("marking must be one of upsc-gs, csat, state-psc, none")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("marking"));
    }
}
