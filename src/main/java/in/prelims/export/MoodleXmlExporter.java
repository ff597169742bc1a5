package in.prelims.export;

import in.prelims.generation.Question;
import in.prelims.marking.Marking;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Moodle XML: a category, then one single-answer multichoice question per item with the exam's
 * marks and negative marking. Written with StAX so every value is escaped by the XML writer.
 */
class MoodleXmlExporter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final int GRADE_PLACES = 5;

    private final Marking marking;

    MoodleXmlExporter(Marking marking) {
        this.marking = marking;
    }

    String export(List<Question> questions, String category) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            categoryQuestion(new Indented(xml), category);
            for (Question q : questions) {
                question(new Indented(xml), q);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Moodle XML", e);
        }
        return text.toString();
    }

    private static void categoryQuestion(Indented xml, String category) throws XMLStreamException {
        xml.open(1, "question").attribute("type", "category");
        xml.open(2, "category");
        xml.textElement(3, "text", "$course$/top/" + category);
        xml.close(2);
        xml.close(1);
    }

    private void question(Indented xml, Question q) throws XMLStreamException {
        xml.open(1, "question").attribute("type", "multichoice");
        xml.open(2, "name");
        xml.textElement(3, "text", q.id());
        xml.close(2);
        htmlText(xml, 2, "questiontext", ExportText.questionHtml(q));
        htmlText(xml, 2, "generalfeedback", ExportText.feedbackHtml(q));
        xml.textElement(
                2,
                "defaultgrade",
                marking.correct().rounded(GRADE_PLACES).stripTrailingZeros().toPlainString());
        xml.textElement(2, "penalty", "0");
        xml.textElement(2, "hidden", "0");
        xml.textElement(2, "idnumber", q.id());
        xml.textElement(2, "single", "true");
        xml.textElement(2, "shuffleanswers", "false");
        xml.textElement(2, "answernumbering", "abc");
        for (int i = 0; i < q.options().size(); i++) {
            xml.open(2, "answer")
                    .attribute("fraction", i == q.answer() ? "100" : marking.wrongPercent())
                    .attribute("format", "html");
            xml.textElement(3, "text", ExportText.html(q.options().get(i)));
            xml.open(3, "feedback").attribute("format", "html");
            xml.textElement(4, "text", "");
            xml.close(3);
            xml.close(2);
        }
        xml.open(2, "tags");
        for (String topic : q.topics()) {
            xml.open(3, "tag");
            xml.textElement(4, "text", topic);
            xml.close(3);
        }
        xml.close(2);
        xml.close(1);
    }

    private static void htmlText(Indented xml, int depth, String element, String html) throws XMLStreamException {
        xml.open(depth, element).attribute("format", "html");
        xml.textElement(depth + 1, "text", html);
        xml.close(depth);
    }

    /** A StAX writer that puts each element on its own line, indented by depth. */
    private record Indented(XMLStreamWriter xml) {

        Indented open(int depth, String name) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeStartElement(name);
            return this;
        }

        Indented attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, value);
            return this;
        }

        void textElement(int depth, String name, String value) throws XMLStreamException {
            open(depth, name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        void close(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
            xml.writeEndElement();
        }
    }
}
