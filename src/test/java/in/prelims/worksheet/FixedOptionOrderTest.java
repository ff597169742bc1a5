package in.prelims.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionPicker;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A worksheet of six sets from the real engine: statement, how-many and pairs options keep the order
 * the engine printed them in (their natural order) in every set, and the key letter follows the
 * options; only the free options of MCQs move.
 */
@QuarkusTest
class FixedOptionOrderTest {

    private static final Set<Kind> KINDS = Set.of(Kind.STATEMENTS, Kind.HOW_MANY, Kind.PAIRS, Kind.MCQ);

    @Inject
    QuestionPicker picker;

    @Test
    void optionCodesKeepTheirNaturalOrderInEverySet() {
        List<Question> generated = picker.pick(40, 17, KINDS, Set.of(), Set.of());
        assertThat(generated.stream().map(Question::kind)).contains(Kind.STATEMENTS, Kind.HOW_MANY, Kind.PAIRS);
        Map<String, Question> engine = generated.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<WorksheetSet> sets = SetShuffler.sets(generated, WorksheetOptions.MAX_SETS, 17);
        assertThat(sets).extracting(WorksheetSet::letter).containsExactly("A", "B", "C", "D", "E", "F");
        int movedMcqs = 0;
        for (WorksheetSet set : sets) {
            for (int i = 0; i < set.questions().size(); i++) {
                Question printed = set.questions().get(i);
                Question original = engine.get(printed.id());
                String key = set.key().get(i);
                assertThat(key).isEqualTo(String.valueOf((char) ('a' + printed.answer())));
                assertThat(printed.answerText()).isEqualTo(original.answerText());
                if (printed.kind() == Kind.MCQ) {
                    movedMcqs += printed.options().equals(original.options()) ? 0 : 1;
                } else {
                    assertThat(printed.options())
                            .as("set %s question %d (%s)", set.letter(), i + 1, printed.kind())
                            .isEqualTo(original.options());
                    assertThat(key).isEqualTo(String.valueOf((char) ('a' + original.answer())));
                }
            }
        }
        assertThat(movedMcqs).as("MCQ options shuffled in some set").isPositive();
    }

    @Test
    void naturalOrderIsTheUpscOne() {
        List<Question> generated = picker.pick(30, 5, Set.of(Kind.STATEMENTS, Kind.HOW_MANY), Set.of(), Set.of());
        int pairsOfStatements = 0;
        int counts = 0;
        for (WorksheetSet set : SetShuffler.sets(generated, 3, 5)) {
            for (Question q : set.questions()) {
                List<String> options = q.options();
                if (options.contains("Neither 1 nor 2")) {
                    assertThat(options).containsExactly("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2");
                    pairsOfStatements++;
                }
                if (options.contains("All three")) {
                    assertThat(options).containsExactly("Only one", "Only two", "All three", "None");
                    counts++;
                }
            }
        }
        assertThat(pairsOfStatements).isPositive();
        assertThat(counts).isPositive();
    }
}
