package in.prelims.export;

import in.prelims.generation.Question;
import in.prelims.web.OptionLetters;
import java.util.ArrayList;
import java.util.List;

/**
 * Anki's text import: tab-separated notes (guid, front, back, tags) under the file headers Anki reads,
 * so the deck, note type and tag column need no choices in the import dialog. Fields are HTML.
 */
class AnkiExporter {

    String export(List<Question> questions, String deck) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n#deck:")
                .append(field(deck))
                .append('\n');
        out.append("#guid column:1\n#tags column:4\n");
        for (Question q : questions) {
            out.append(field(q.id()))
                    .append('\t')
                    .append(front(q))
                    .append('\t')
                    .append(back(q))
                    .append('\t')
                    .append(tags(q))
                    .append('\n');
        }
        return out.toString();
    }

    private static String front(Question q) {
        List<String> lines = new ArrayList<>();
        lines.add(ExportText.questionHtml(q));
        if (q.kind().hasOptionsToChoose()) {
            for (int i = 0; i < q.options().size(); i++) {
                lines.add(OptionLetters.bracketed(i) + " "
                        + ExportText.html(q.options().get(i)));
            }
        }
        return field(String.join("<br>", lines));
    }

    private static String back(Question q) {
        String answer = q.kind().hasOptionsToChoose()
                ? OptionLetters.bracketed(q.answer()) + " " + ExportText.html(q.answerText())
                : ExportText.html(q.answerText());
        return field("<b>" + answer + "</b><br>" + ExportText.feedbackHtml(q));
    }

    private static String tags(Question q) {
        List<String> tags = new ArrayList<>(q.topics());
        tags.add("prelims::" + q.kind().slug());
        return field(String.join(" ", tags));
    }

    /** A field never holds the separator or a raw line break; the quote cannot open a quoted field. */
    private static String field(String text) {
        return text.replace("\t", " ").replace("\r", "").replace("\n", "<br>").replace("\"", "&quot;");
    }
}
