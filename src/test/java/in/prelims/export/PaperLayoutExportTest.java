package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.generation.Question;
import in.prelims.marking.Marking;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every export prints a statement item as the paper does: lead-in, statements, then the question line. */
class PaperLayoutExportTest {

    private final List<Question> questions = ExportFixture.quizQuestions();
    private final List<Question> listing =
            questions.stream().filter(q -> q.questionLine() != null).toList();

    @Test
    void theFixtureHasStatementItemsWithAQuestionLine() {
        assertTrue(listing.size() >= 4, listing.toString());
    }

    @Test
    void giftPutsTheStatementsBeforeTheQuestionLineAndWritesNotInCapitals() throws Exception {
        String gift = new GiftExporter(Marking.UPSC_GS).export(questions, "Prelims");
        JsonNode items = new ObjectMapper().readTree(GiftParser.summarise(gift)).get("items");
        for (JsonNode item : items) {
            Question q = byId(item.get("title").asText());
            if (q == null || q.questionLine() == null) continue;
            assertInOrder(item.get("stem").asText(), q);
        }
    }

    @Test
    void moodleXmlPutsTheStatementsBeforeTheQuestionLine() throws Exception {
        String xml = new MoodleXmlExporter(Marking.UPSC_GS).export(questions, "Prelims");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList names = doc.getElementsByTagName("question");
        int checked = 0;
        for (int i = 0; i < names.getLength(); i++) {
            org.w3c.dom.Element question = (org.w3c.dom.Element) names.item(i);
            if (question.getElementsByTagName("questiontext").getLength() == 0) continue;
            String name = question.getElementsByTagName("name")
                    .item(0)
                    .getTextContent()
                    .trim();
            Question q = questions.stream()
                    .filter(x -> name.contains(x.id()))
                    .findFirst()
                    .orElse(null);
            if (q == null || q.questionLine() == null) continue;
            String text = question.getElementsByTagName("questiontext").item(0).getTextContent();
            assertInOrder(text, q);
            checked++;
        }
        assertTrue(checked >= 4, "checked " + checked);
    }

    @Test
    void ankiAndCsvPutTheStatementsBeforeTheQuestionLine() {
        String anki = new AnkiExporter().export(questions, "Prelims");
        String csv = new CsvExporter().export(questions);
        for (Question q : listing) {
            assertInOrder(anki, q);
            assertInOrder(csv, q);
        }
    }

    private Question byId(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    /** The lead-in, then each statement, then the question line (NOT in capitals), in that order. */
    private static void assertInOrder(String text, Question q) {
        int at = text.indexOf(q.stem());
        assertTrue(at >= 0, "no lead-in in " + text);
        for (String s : q.statements()) {
            int next = text.indexOf(s, at);
            assertTrue(next > at, "statement out of order: " + s + " in " + text);
            at = next;
        }
        String line = q.questionLine().replace(" not ", " NOT ");
        assertTrue(text.indexOf(line, at) > at, "question line not after the statements: " + line + " in " + text);
    }
}
