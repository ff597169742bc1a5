package in.prelims.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetShufflerTest {

    private static List<Question> questions() {
        List<Question> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            list.add(new Question(
                    "q" + i,
                    Kind.MCQ,
                    "Stem " + i,
                    List.of(),
                    List.of("w" + i, "x" + i, "right" + i, "z" + i),
                    2,
                    "because " + i,
                    List.of(),
                    List.of(),
                    List.of()));
        }
        list.add(new Question(
                "tf",
                Kind.TRUE_FALSE,
                "Is it?",
                List.of(),
                List.of("True", "False"),
                1,
                "no",
                List.of(),
                List.of(),
                List.of()));
        return list;
    }

    @Test
    void sameSeedAndLetterGiveTheSameSet() {
        assertEquals(SetShuffler.shuffle(questions(), "A", 42), SetShuffler.shuffle(questions(), "A", 42));
    }

    @Test
    void setsDifferInQuestionOrderAndOptionOrderButKeepEveryQuestionAndKey() {
        List<WorksheetSet> sets = SetShuffler.sets(questions(), 3, 42);
        assertEquals(
                List.of("A", "B", "C"), sets.stream().map(WorksheetSet::letter).toList());
        assertNotEquals(ids(sets.get(0)), ids(sets.get(1)));
        assertNotEquals(sets.get(0).key(), sets.get(1).key());
        for (WorksheetSet set : sets) {
            assertEquals(
                    ids(questions()).stream().sorted().toList(),
                    ids(set).stream().sorted().toList());
            for (Question q : set.questions()) {
                String number = q.id().substring(1);
                assertEquals(q.kind() == Kind.TRUE_FALSE ? "False" : "right" + number, q.answerText());
                assertEquals(
                        String.valueOf((char) ('a' + q.answer())),
                        set.key().get(set.questions().indexOf(q)));
            }
        }
    }

    @Test
    void trueFalseKeepsItsOrder() {
        for (WorksheetSet set : SetShuffler.sets(questions(), 6, 7)) {
            Question tf = set.questions().stream()
                    .filter(q -> q.kind() == Kind.TRUE_FALSE)
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of("True", "False"), tf.options());
        }
    }

    @Test
    void anotherSeedGivesAnotherPaper() {
        assertNotEquals(ids(SetShuffler.shuffle(questions(), "A", 1)), ids(SetShuffler.shuffle(questions(), "A", 2)));
    }

    private static List<String> ids(WorksheetSet set) {
        return ids(set.questions());
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
