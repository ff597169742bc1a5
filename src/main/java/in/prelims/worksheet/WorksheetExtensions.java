package in.prelims.worksheet;

import in.prelims.generation.Question;
import in.prelims.web.Citations;
import in.prelims.web.OptionLetters;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Values the worksheet templates compute: marks, lettered options, the OMR grid and the key grid. */
@TemplateExtension
class WorksheetExtensions {

    /** Questions per column of the OMR grid and cells per row of the key grid. */
    static final int OMR_COLUMNS = 4;

    static final int KEY_COLUMNS = 10;
    /** Options no longer than this print two to a line. */
    static final int SHORT_OPTION = 38;

    record Option(String letter, String text) {}

    record OmrCell(int number, List<String> letters) {}

    record KeyCell(int number, String letter) {}

    static List<String> setChoices(WorksheetForm form) {
        return IntStream.rangeClosed(1, WorksheetOptions.MAX_SETS)
                .mapToObj(String::valueOf)
                .toList();
    }

    static int questionCount(Worksheet paper) {
        return paper.sets().get(0).questions().size();
    }

    static String maxMarks(Worksheet paper) {
        return paper.options().marking().maxMarks(questionCount(paper)).plain();
    }

    static boolean negative(Worksheet paper) {
        return paper.options().marking().negative();
    }

    static String rightMarks(Worksheet paper) {
        return paper.options().marking().correct().plain();
    }

    static String wrongMarks(Worksheet paper) {
        return paper.options().marking().wrong().toString();
    }

    /** "1/3"; the template puts it in words. */
    static String penaltyShare(Worksheet paper) {
        return paper.options().marking().penaltyShare().toString();
    }

    static List<Option> lettered(Question q) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            options.add(new Option(letter(i), q.options().get(i)));
        }
        return options;
    }

    /** Options two to a row: (a) (b), then (c) (d). */
    static List<List<Option>> optionRows(Question q) {
        List<Option> options = lettered(q);
        List<List<Option>> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i += 2) {
            rows.add(options.subList(i, Math.min(options.size(), i + 2)));
        }
        return rows;
    }

    static boolean shortOptions(Question q) {
        return q.options().stream().allMatch(o -> o.length() <= SHORT_OPTION);
    }

    static String answerLetter(Question q) {
        return letter(q.answer());
    }

    static String citations(Question q) {
        return Citations.all(q.sources());
    }

    /** Rows of the answer sheet, numbered down the columns as on an OMR sheet: 1, 2, ... in the first column. */
    static List<List<OmrCell>> omrRows(WorksheetSet set) {
        int n = set.questions().size();
        int rows = (n + OMR_COLUMNS - 1) / OMR_COLUMNS;
        List<List<OmrCell>> grid = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<OmrCell> row = new ArrayList<>();
            for (int c = 0; c < OMR_COLUMNS; c++) {
                int index = c * rows + r;
                if (index < n) {
                    List<String> letters = new ArrayList<>();
                    for (int i = 0; i < set.questions().get(index).options().size(); i++) {
                        letters.add(letter(i));
                    }
                    row.add(new OmrCell(index + 1, letters));
                }
            }
            grid.add(row);
        }
        return grid;
    }

    /** The key, {@link #KEY_COLUMNS} questions to a row. */
    static List<List<KeyCell>> keyRows(WorksheetSet set) {
        List<String> key = set.key();
        List<List<KeyCell>> grid = new ArrayList<>();
        for (int start = 0; start < key.size(); start += KEY_COLUMNS) {
            List<KeyCell> row = new ArrayList<>();
            for (int i = start; i < Math.min(key.size(), start + KEY_COLUMNS); i++) {
                row.add(new KeyCell(i + 1, key.get(i)));
            }
            grid.add(row);
        }
        return grid;
    }

    private static String letter(int index) {
        return OptionLetters.lower(index);
    }
}
