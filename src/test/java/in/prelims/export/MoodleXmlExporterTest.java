package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.prelims.generation.Question;
import in.prelims.marking.Marking;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MoodleXmlExporterTest {

    private final List<Question> questions = ExportFixture.quizQuestions();
    private final String xml = new MoodleXmlExporter(Marking.UPSC_GS).export(questions, "Prelims current affairs");

    @Test
    void matchesTheReviewedReference() throws Exception {
        ExportFixture.assertMatchesReference("reference-moodle.xml", xml);
    }

    @Test
    void isWellFormedWithTheStructureMoodleImports() throws Exception {
        Document doc = parse(xml);
        Element quiz = doc.getDocumentElement();
        assertEquals("quiz", quiz.getTagName());
        List<Element> items = children(quiz, "question");
        assertEquals(questions.size() + 1, items.size());
        assertEquals("category", items.get(0).getAttribute("type"));
        assertEquals("$course$/top/Prelims current affairs", text(items.get(0), "text"));
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Element item = items.get(i + 1);
            assertEquals("multichoice", item.getAttribute("type"));
            assertEquals("true", text(item, "single"));
            assertEquals(q.id(), text(children(item, "name").get(0), "text"));
            List<Element> answers = children(item, "answer");
            assertEquals(q.options().size(), answers.size());
            for (int a = 0; a < answers.size(); a++) {
                assertEquals(
                        a == q.answer() ? "100" : "-33.33333", answers.get(a).getAttribute("fraction"), q.id());
                assertEquals(ExportText.html(q.options().get(a)), text(answers.get(a), "text"), q.id());
            }
        }
    }

    @Test
    void userTextIsEscapedNotMarkup() throws Exception {
        Element tricky = children(parse(xml).getDocumentElement(), "question").get(questions.size());
        String questionHtml = text(children(tricky, "questiontext").get(0), "text");
        assertEquals(true, questionHtml.contains("&lt;html&gt; &amp; ampersands"), questionHtml);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
