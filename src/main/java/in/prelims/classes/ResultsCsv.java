package in.prelims.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A paper's results as one RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheets read it as UTF-8). */
final class ResultsCsv {

    static final String BOM = "\uFEFF";

    private ResultsCsv() {}

    static String of(ClassPaper paper, Results r) {
        StringBuilder out = new StringBuilder(BOM);
        PaperFigures f = r.figures();
        line(out, "section", "paper", "students", "mean", "sd", "cic", "error ratio", "standard error");
        line(
                out,
                "paper",
                paper.title,
                String.valueOf(f.students()),
                num(f.mean()),
                num(f.sd()),
                num(f.cic()),
                num(f.errorRatio()),
                num(f.standardError()));
        line(out, "section", "student", "set", "score", "seconds");
        for (Results.Student s : r.students()) {
            line(
                    out,
                    "student",
                    s.username(),
                    s.set(),
                    s.score(),
                    String.valueOf(s.time().toSeconds()));
        }
        List<String> head = new ArrayList<>(List.of(
                "section",
                "item",
                "question id",
                "stem",
                "key",
                "facility",
                "sd",
                "discrimination index",
                "discriminative efficiency",
                "needs checking",
                "blank"));
        for (char o = 'A'; o <= 'D'; o++) {
            head.add("option " + o);
        }
        line(out, head.toArray(String[]::new));
        for (Results.Item item : r.items()) {
            ItemFigures i = item.figures();
            List<String> cells = new ArrayList<>(List.of(
                    "item",
                    String.valueOf(item.number()),
                    item.question().id(),
                    item.question().stem(),
                    String.valueOf((char) ('A' + i.key())),
                    num(i.facility()),
                    num(i.sd()),
                    num(i.discrimination()),
                    num(i.efficiency()),
                    String.valueOf(i.needsChecking()),
                    num(i.blank())));
            for (double share : i.shares()) {
                cells.add(num(share));
            }
            line(out, cells.toArray(String[]::new));
        }
        line(out, "section", "topic", "items", "percent correct");
        for (Results.Topic t : r.topics()) {
            line(out, "topic", t.topic(), String.valueOf(t.items()), num(t.percentCorrect()));
        }
        return out.toString();
    }

    static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields[i]));
        }
        out.append("\r\n");
    }

    private static String quote(String field) {
        boolean needsQuotes =
                field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
