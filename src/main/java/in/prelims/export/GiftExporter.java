package in.prelims.export;

import in.prelims.generation.Question;
import in.prelims.marking.Marking;
import java.util.List;

/**
 * Moodle's GIFT text format: one multiple-choice question per block, HTML text, wrong options at the
 * marking's {@link Marking#wrongPercent} so Moodle applies the exam's negative marking.
 */
class GiftExporter {

    private final Marking marking;

    GiftExporter(Marking marking) {
        this.marking = marking;
    }

    String export(List<Question> questions, String category) {
        StringBuilder out = new StringBuilder();
        out.append("// Prelims Practice: ").append(questions.size()).append(" questions\n");
        out.append("$CATEGORY: ").append(escape(category)).append("\n\n");
        for (Question q : questions) {
            out.append("::")
                    .append(escape(q.id()))
                    .append("::[html]")
                    .append(escape(ExportText.questionHtml(q)))
                    .append(" {\n");
            for (int i = 0; i < q.options().size(); i++) {
                String option = escape(ExportText.html(q.options().get(i)));
                out.append(i == q.answer() ? "\t=" : "\t~%" + marking.wrongPercent() + "%")
                        .append(option)
                        .append('\n');
            }
            out.append("\t####").append(escape(ExportText.feedbackHtml(q))).append("\n}\n\n");
        }
        return out.toString();
    }

    /** Backslash before each of GIFT's special characters, and line breaks as GIFT's \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
