package in.prelims.worksheet;

import in.prelims.generation.Question;
import in.prelims.web.OptionLetters;
import java.util.List;

/**
 * One version of the paper: the worksheet's questions in this set's order, each with its options in
 * this set's order, so its key differs from every other set's.
 *
 * @param letter "A", "B", ...
 */
public record WorksheetSet(String letter, List<Question> questions) {

    public WorksheetSet {
        questions = List.copyOf(questions);
    }

    /** The key as option letters, question by question: "b", "d", ... */
    List<String> key() {
        return questions.stream().map(q -> OptionLetters.lower(q.answer())).toList();
    }
}
