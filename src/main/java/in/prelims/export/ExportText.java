package in.prelims.export;

import in.prelims.generation.Question;
import in.prelims.generation.QuestionLine;
import in.prelims.web.Citations;
import in.prelims.web.OptionLetters;
import java.util.ArrayList;
import java.util.List;

/** Text pieces every export format shares: option letters, numbered statements, citations. */
final class ExportText {

    private ExportText() {}

    /** (a), (b), ... as in the exam: 0 -> "a". */
    static String letter(int index) {
        return OptionLetters.lower(index);
    }

    /** "1. first statement", "2. second statement", ... */
    static List<String> numberedStatements(Question question) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < question.statements().size(); i++) {
            lines.add((i + 1) + ". " + question.statements().get(i));
        }
        return lines;
    }

    /** "Press Information Bureau, 12 July 2017: Cabinet apprised of ..." for each source, joined by "; ". */
    static String citations(Question question) {
        return Citations.all(question.sources());
    }

    /** Escapes text for an HTML fragment inside an export (Moodle and Anki read HTML); a line break becomes br. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br>");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The question as printed, one line each: the lead-in, the column headings, the numbered statements,
     * then the question line with NOT in capitals.
     */
    static List<String> questionLines(Question question) {
        List<String> lines = new ArrayList<>();
        lines.add(question.stem());
        if (!question.headings().isEmpty()) lines.add(String.join(" : ", question.headings()));
        lines.addAll(numberedStatements(question));
        if (question.questionLine() != null) lines.add(QuestionLine.plain(question.questionLine()));
        return lines;
    }

    /** The question as printed ({@link #questionLines}) as HTML lines. */
    static String questionHtml(Question question) {
        return String.join(
                "<br>", questionLines(question).stream().map(ExportText::html).toList());
    }

    /** The explanation and the citation as HTML, the general feedback of an exported question. */
    static String feedbackHtml(Question question) {
        return html(question.explanation()) + "<br>Source: " + html(citations(question));
    }
}
