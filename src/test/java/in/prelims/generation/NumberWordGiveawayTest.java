package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.NumberWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A moderator's defect: "How many pillars is the IPOI built around? (7)" beside "... is one of the
 * seven pillars of the IPOI" in the same paper, or a false "built around 8 pillars" beside "one of the
 * seven pillars" in one statement set. A small whole number is printed as a word too, and both forms
 * count as printing it.
 */
class NumberWordGiveawayTest {

    @Test
    void aCountAskedInAPaperIsNotSpelledOutByAnotherItem() {
        Engine engine = Engines.shipped();
        int counted = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Question> paper = engine.generate(new QuestionRequest(
                    10, seed, java.util.Set.of(), java.util.Set.of("indo-pacific"), java.util.Set.of(), false, null));
            for (Question asked : paper) {
                if (asked.kind() != Kind.MCQ) continue;
                String key = asked.options().get(asked.answer());
                if (!key.matches("\\d{1,2}") || NumberWords.word(Integer.parseInt(key)) == null) continue;
                counted++;
                String word = " " + NumberWords.word(Integer.parseInt(key)) + " ";
                for (Question other : paper) {
                    if (other == asked) continue;
                    String printed = " "
                            + Texts.normalise(other.stem() + " " + String.join(" ", other.statements()) + " "
                                    + String.join(" ", other.options()))
                            + " ";
                    assertThat(printed)
                            .as("seed " + seed + ": " + asked.stem() + " beside " + other)
                            .doesNotContain(word);
                }
            }
        }
        assertThat(counted).as("papers asking a small count").isPositive();
    }

    @Test
    void aSmallWholeNumberIsAlsoLookedForAsItsWord() {
        assertThat(Texts.paddedForms("7")).containsExactly(" 7 ", " seven ");
        assertThat(Texts.paddedForms("36")).containsExactly(" 36 ");
        assertThat(Texts.paddedForms("Bangladesh")).hasSize(1);
    }
}
