package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.generation.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnkiExporterTest {

    private final List<Question> questions = ExportFixture.all();
    private final String anki = new AnkiExporter().export(questions, "Prelims current affairs");

    @Test
    void matchesTheReviewedReference() throws Exception {
        ExportFixture.assertMatchesReference("reference-anki.txt", anki);
    }

    @Test
    void startsWithTheHeadersAnkiReads() {
        List<String> lines = anki.lines().toList();
        assertEquals("#separator:tab", lines.get(0));
        assertEquals("#html:true", lines.get(1));
        assertTrue(lines.contains("#deck:Prelims current affairs"));
        assertTrue(lines.contains("#tags column:4"));
        assertTrue(lines.contains("#guid column:1"));
    }

    @Test
    void everyNoteIsOneLineOfFourTabSeparatedFields() {
        List<String> notes = anki.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(questions.size(), notes.size());
        for (int i = 0; i < notes.size(); i++) {
            String[] fields = notes.get(i).split("\t", -1);
            assertEquals(4, fields.length, notes.get(i));
            assertEquals(questions.get(i).id(), fields[0]);
            assertFalse(fields[1].startsWith("\""), "a leading quote would open a quoted field");
            assertTrue(fields[3].contains("prelims::" + questions.get(i).kind().slug()));
        }
    }
}
