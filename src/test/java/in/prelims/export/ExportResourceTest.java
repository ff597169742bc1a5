package in.prelims.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The four exports over HTTP from the real engine, each read back by a parser that is not ours. */
@QuarkusTest
class ExportResourceTest {

    private static Response get(String path) {
        return given().when().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void giftImportsAsManyQuestionsAsAsked() throws Exception {
        Response r = get("/export/gift?count=20&seed=9&topics=india-japan");
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"prelims-questions-seed9.gift\"");
        JsonNode summary = new ObjectMapper().readTree(GiftParser.summarise(r.asString()));
        assertThat(summary.get("questions").asInt()).isEqualTo(20);
        assertThat(summary.get("types").get("MC").asInt()).isEqualTo(20);
        for (JsonNode item : summary.get("items")) {
            assertThat(item.get("correct")).hasSize(1);
        }
    }

    /** The explanation says why; the export cites the sources after it, once (they were printed twice). */
    @Test
    void everyNoteAndFeedbackCitesItsSourcesOnce() throws Exception {
        List<String> notes = get("/export/anki?count=15&seed=5")
                .asString()
                .lines()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(notes).hasSize(15);
        for (String note : notes)
            assertThat(note.split("Sources?: ", -1)).as(note).hasSize(2);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        get("/export/moodle-xml?count=8&seed=5").asByteArray()));
        var feedback = doc.getElementsByTagName("generalfeedback");
        assertThat(feedback.getLength()).isEqualTo(8);
        for (int i = 0; i < feedback.getLength(); i++) {
            String text = feedback.item(i).getTextContent();
            assertThat(text.split("Sources?: ", -1)).as(text).hasSize(2);
        }
    }

    @Test
    void moodleXmlIsWellFormedMultichoiceWithUpscNegativeMarking() throws Exception {
        Response r = get("/export/moodle-xml?count=12&seed=8&kinds=mcq,statements");
        assertThat(r.contentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.asByteArray()));
        assertThat(doc.getElementsByTagName("question").getLength()).isEqualTo(13);
        assertThat(doc.getElementsByTagName("single").item(0).getTextContent()).isEqualTo("true");
        int right = 0;
        int wrong = 0;
        for (int i = 0; i < doc.getElementsByTagName("answer").getLength(); i++) {
            String fraction =
                    ((org.w3c.dom.Element) doc.getElementsByTagName("answer").item(i)).getAttribute("fraction");
            right += fraction.equals("100") ? 1 : 0;
            wrong += fraction.equals("-33.33333") ? 1 : 0;
        }
        assertThat(right).isEqualTo(12);
        assertThat(wrong).isEqualTo(36);
    }

    @Test
    void giftWrongOptionsCarryThePenaltyOfTheMarkingAsked() throws Exception {
        assertThat(giftWrongWeights("&marking=state-psc")).containsOnly(-25.0);
        assertThat(giftWrongWeights("&marking=upsc-gs")).containsOnly(-33.33333);
        assertThat(giftWrongWeights("")).containsOnly(-33.33333);
        assertThat(giftWrongWeights("&marking=psc")).containsOnly(-25.0);
        assertThat(giftWrongWeights("&marking=none")).containsOnly(0.0);
        assertThat(get("/export/gift?count=3&seed=8&marking=state-psc").asString())
                .contains("~%-25%")
                .doesNotContain("33.3");
    }

    private static List<Double> giftWrongWeights(String marking) throws Exception {
        JsonNode summary = new ObjectMapper()
                .readTree(
                        GiftParser.summarise(get("/export/gift?count=8&seed=5&kinds=mcq,how-many,statements" + marking)
                                .asString()));
        List<Double> wrong = new ArrayList<>();
        for (JsonNode item : summary.get("items")) {
            for (JsonNode weight : item.get("weights")) {
                if (!weight.isNull()) wrong.add(weight.asDouble());
            }
        }
        assertThat(wrong).hasSize(8 * 3);
        return wrong;
    }

    @Test
    void moodleXmlGradesFollowTheMarkingAsked() throws Exception {
        Document psc = moodleXml("/export/moodle-xml?count=6&seed=3&kinds=mcq,statements&marking=state-psc");
        assertThat(answerFractions(psc)).hasSize(24).containsOnly("100", "-25");
        assertThat(texts(psc, "defaultgrade")).hasSize(6).containsOnly("1");
        Document csat = moodleXml("/export/moodle-xml?count=6&seed=3&marking=csat");
        assertThat(answerFractions(csat)).containsOnly("100", "-33.33333");
        assertThat(texts(csat, "defaultgrade")).containsOnly("2.5");
    }

    private static Document moodleXml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(get(path).asByteArray()));
    }

    private static List<String> answerFractions(Document doc) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName("answer").getLength(); i++) {
            out.add(((org.w3c.dom.Element) doc.getElementsByTagName("answer").item(i)).getAttribute("fraction"));
        }
        return out;
    }

    private static List<String> texts(Document doc, String element) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.getElementsByTagName(element).getLength(); i++) {
            out.add(doc.getElementsByTagName(element).item(i).getTextContent());
        }
        return out;
    }

    @Test
    void ankiDefaultsToFlashcardsWithItsHeaders() {
        Response r = get("/export/anki?count=15&seed=8");
        List<String> lines = r.asString().lines().toList();
        assertThat(lines.subList(0, 6))
                .contains("#separator:tab", "#html:true", "#deck:Prelims current affairs", "#tags column:4");
        assertThat(lines.stream().filter(l -> !l.startsWith("#")))
                .hasSize(15)
                .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(4))
                .allSatisfy(l -> assertThat(l).contains("prelims::flashcard"));
    }

    @Test
    void csvHasAHeaderAndOneRecordPerQuestion() {
        Response r = get("/export/csv?count=20&seed=8&kinds=true-false,cloze");
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.asByteArray())
                .as("a UTF-8 byte-order mark, so Excel does not garble dashes")
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> rows = CsvExporterTest.parse(r.asString());
        assertThat(rows).hasSize(21);
        assertThat(rows.subList(1, 21))
                .allSatisfy(row -> assertThat(row).hasSize(14))
                .allSatisfy(row -> assertThat(row.get(1)).isIn("true-false", "cloze"));
    }

    @Test
    void sameSeedSameExport() {
        assertThat(get("/export/csv?count=10&seed=4").asString())
                .isEqualTo(get("/export/csv?count=10&seed=4").asString());
    }

    @Test
    void badFiltersAre400sNamingThem() {
        expect400("/export/gift?kinds=flashcard", "GIFT cannot hold them");
        expect400("/export/moodle-xml?kinds=flashcard", "Moodle XML cannot hold them");
        expect400("/export/csv?count=201", "count must be a whole number from 1 to 200");
        expect400("/export/anki?seed=x", "seed must be a whole number");
        expect400("/export/gift?topics=astrology", "astrology");
        expect400("/export/csv?kinds=essay", "kinds: \"essay\" is not a question kind");
        expect400("/export/gift?marking=jee", "marking must be one of upsc-gs, csat, state-psc, none");
        expect400("/export/moodle-xml?marking=jee", "marking must be one of");
        expect400("/export/anki?marking=jee", "marking must be one of");
        expect400("/export/csv?marking=jee", "marking must be one of");
    }

    private static void expect400(String path, String message) {
        given().when().get(path).then().statusCode(400).body("status", is(400)).body("error", containsString(message));
    }
}
