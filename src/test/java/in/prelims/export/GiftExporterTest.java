package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.generation.Question;
import in.prelims.marking.Marking;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftExporterTest {

    private final List<Question> questions = ExportFixture.quizQuestions();
    private final String gift = new GiftExporter(Marking.UPSC_GS).export(questions, "Prelims current affairs");

    @Test
    void matchesTheReviewedReference() throws Exception {
        ExportFixture.assertMatchesReference("reference.gift", gift);
    }

    @Test
    void giftPegjsReadsEveryQuestionWithItsKeyAndNegativeMarking() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(GiftParser.summarise(gift));
        assertEquals(questions.size(), summary.get("questions").asInt());
        assertEquals(1, summary.get("types").get("Category").asInt());
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            JsonNode item = summary.get("items").get(i);
            assertEquals("MC", item.get("type").asText());
            assertEquals(q.id(), item.get("title").asText());
            assertEquals(q.options().size(), item.get("choices").size(), q.id());
            assertEquals(1, item.get("correct").size(), q.id());
            assertEquals(
                    ExportText.html(q.answerText()), item.get("correct").get(0).asText(), q.id());
            for (int c = 0; c < q.options().size(); c++) {
                JsonNode weight = item.get("weights").get(c);
                if (c == q.answer()) {
                    assertTrue(weight.isNull(), q.id());
                } else {
                    assertEquals(-33.33333, weight.asDouble(), 1e-9, q.id());
                }
            }
        }
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(GiftParser.summarise(gift));
        JsonNode tricky = summary.get("items").get(questions.size() - 1);
        assertEquals("fixture-special-characters", tricky.get("title").asText());
        assertTrue(tricky.get("stem").asText().contains("~ = # { } : and a \\ backslash"), tricky.toString());
        assertEquals("1:2 {braces} ~tilde", tricky.get("choices").get(0).asText());
        assertEquals("=equals #hash", tricky.get("correct").get(0).asText());
        assertTrue(tricky.get("feedback").asText().contains("~ = # { } :"), tricky.toString());
    }

    @Test
    void escapesEachSpecialCharacter() {
        assertEquals("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni", GiftExporter.escape("a~b=c#d{e}f:g\\h\ni"));
    }
}
