package in.prelims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The exporters' fixed input, src/test/resources/export/questions.json: nine questions the engine made
 * from the shipped fact base (seed 11, one of each kind) and one written by hand with every character
 * the formats must escape. Reference outputs sit next to it; run a test with
 * {@code -Dexport.regenerate=true} to rewrite them, then review the diff before committing.
 */
final class ExportFixture {

    static final Path DIR = Path.of("src", "test", "resources", "export");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .build();

    private ExportFixture() {}

    static List<Question> all() {
        try {
            return Arrays.asList(JSON.readValue(DIR.resolve("questions.json").toFile(), Question[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture without flashcards: what GIFT and Moodle XML can hold. */
    static List<Question> quizQuestions() {
        return all().stream().filter(q -> q.kind() != Kind.FLASHCARD).toList();
    }

    static void assertMatchesReference(String file, String actual) throws IOException {
        Path reference = DIR.resolve(file);
        if (Boolean.getBoolean("export.regenerate")) {
            Files.writeString(reference, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(reference, StandardCharsets.UTF_8),
                actual,
                file + " differs from the reviewed reference");
    }
}
