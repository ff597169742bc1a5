package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.generation.Question;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    private final List<Question> questions = ExportFixture.all();
    private final String csv = new CsvExporter().export(questions);

    @Test
    void matchesTheReviewedReference() throws Exception {
        ExportFixture.assertMatchesReference("reference.csv", csv);
    }

    @Test
    void readsBackFieldForFieldWithAnRfc4180Reader() {
        List<List<String>> rows = parse(csv);
        assertEquals(questions.size() + 1, rows.size());
        assertEquals(
                List.of(
                        "id",
                        "kind",
                        "stem",
                        "statements",
                        "question_line",
                        "option_a",
                        "option_b",
                        "option_c",
                        "option_d",
                        "answer",
                        "answer_text",
                        "explanation",
                        "topics",
                        "sources"),
                rows.get(0));
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(14, row.size(), q.id());
            assertEquals(q.stem(), row.get(2));
            assertEquals(q.questionLine() == null ? "" : q.questionLine().replace(" not ", " NOT "), row.get(4));
            assertEquals(q.answerText(), row.get(10));
            assertEquals(String.valueOf((char) ('a' + q.answer())), row.get(9));
            assertEquals(q.explanation(), row.get(11));
        }
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertEquals("plain", CsvExporter.quote("plain"));
        assertEquals("\"a, b\"", CsvExporter.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExporter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExporter.quote("two\nlines"));
        assertTrue(csv.endsWith("\r\n"));
    }

    /** A strict RFC 4180 reader: records end in CRLF, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
