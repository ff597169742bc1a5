package in.prelims.export;

import in.prelims.generation.Question;
import in.prelims.generation.QuestionLine;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: a header row, CRLF between records, fields quoted when they hold a comma, quote or line break. */
class CsvExporter {

    /** Columns for options; true-false items leave the last two empty. */
    private static final int OPTION_COLUMNS = 4;

    String export(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id", "kind", "stem", "statements", "question_line"));
        for (int i = 0; i < OPTION_COLUMNS; i++) {
            header.add("option_" + ExportText.letter(i));
        }
        header.addAll(List.of("answer", "answer_text", "explanation", "topics", "sources"));
        record(out, header);
        for (Question q : questions) {
            List<String> row = new ArrayList<>(List.of(
                    q.id(),
                    q.kind().slug(),
                    q.stem(),
                    String.join("\n", ExportText.numberedStatements(q)),
                    q.questionLine() == null ? "" : QuestionLine.plain(q.questionLine())));
            for (int i = 0; i < OPTION_COLUMNS; i++) {
                row.add(i < q.options().size() ? q.options().get(i) : "");
            }
            row.addAll(List.of(
                    ExportText.letter(q.answer()),
                    q.answerText(),
                    q.explanation(),
                    String.join(" ", q.topics()),
                    ExportText.citations(q)));
            record(out, row);
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        boolean needsQuotes =
                field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
