package in.prelims.marking;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.generation.Kind;
import in.prelims.quiz.QuizMessages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Every marking preset and every kind has its words: a name of its own, not the slug the fallback shows. */
@QuarkusTest
class LabelsTest {

    @Inject
    MarkingMessages marking;

    @Inject
    QuizMessages quiz;

    @Test
    void everyMarkingHasANameTermsAndItsShareInWords() {
        for (Marking m : Marking.PRESETS) {
            assertThat(marking.name(m.slug())).as(m.slug()).isNotBlank().isNotEqualTo(m.slug());
            assertThat(marking.terms(m))
                    .as(m.slug())
                    .startsWith("+" + m.correct().plain() + " ");
            if (m.negative()) {
                String share = m.penaltyShare().toString();
                assertThat(marking.share(share)).as(m.slug()).isNotBlank().isNotEqualTo(share);
                assertThat(marking.terms(m)).as(m.slug()).contains(m.wrong().toString());
            }
        }
        assertThat(marking.name(Marking.CUSTOM)).isNotEqualTo(Marking.CUSTOM);
        assertThat(marking.share("1/3")).isEqualTo("one third");
        assertThat(marking.share("1/4")).isEqualTo("one quarter");
    }

    @Test
    void everyKindHasAName() {
        for (Kind k : Kind.values()) {
            assertThat(quiz.kindName(k.slug())).as(k.slug()).isNotBlank().isNotEqualTo(k.slug());
        }
    }
}
