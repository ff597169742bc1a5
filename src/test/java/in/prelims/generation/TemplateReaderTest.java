package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import in.prelims.fact.FactError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/generation");

    private static List<String> errorsOf(String folder) {
        TemplateFileException failure =
                catchThrowableOfType(TemplateFileException.class, () -> TemplateReader.load(FIXTURES.resolve(folder)));
        assertThat(failure).as("loading " + folder + " fails").isNotNull();
        return failure.errors().stream().map(FactError::toString).toList();
    }

    @Test
    void theShippedTemplatesLoadWithEveryKindInEveryStyle() {
        QuestionTemplates shipped = TemplateReader.load(Path.of("templates"));
        assertThat(shipped.styles()).contains("upsc", "state-psc");
        for (String style : shipped.styles())
            assertThat(shipped.missingKinds(style)).as(style).isEmpty();
        Phrasing howMany = shipped.of("upsc", Kind.HOW_MANY).get(0);
        assertThat(howMany.counts()).extracting(Phrasing.CountLabel::count).containsExactly(1, 2, 3, 0);
        assertThat(howMany.text("explain-correct"))
                .as("taken from the file's phrases")
                .isEqualTo("Statement {n} is correct: {statement}");
    }

    @Test
    void everyBrokenTemplateIsReportedWithFileAndLine() {
        String file = FIXTURES.resolve("templates-broken/broken.yaml").toString();
        assertThat(errorsOf("templates-broken"))
                .containsExactly(
                        file
                                + ":6: unknown kind 'essay' (known: mcq, cloze, true-false, statements, how-many, pairs, chronology, statement-reason, flashcard)",
                        file + ":8: template 'mcq-missing-stem' (mcq) is missing 'stem'",
                        file
                                + ":12: template 'cloze-bad-placeholder' (cloze): 'stem' uses {statment}; it may use {label}, {statement}",
                        file
                                + ":16: template 'statements-bad-numbers' (statements): 'ask-for' must be correct or incorrect",
                        file
                                + ":17: template 'statements-bad-numbers' (statements): 'statements' must be a whole number from 2 to 3",
                        file
                                + ":27: template 'how-many-bad-counts' (how-many): each 'counts' entry maps a distinct count 0-4 to a label",
                        file
                                + ":27: template 'how-many-bad-counts' (how-many): 'counts' needs four labels, the largest count 2 to 4 (the number of statements)",
                        file
                                + ":30: unknown key 'colour' in template (allowed: ask-for, counts, explain-correct, explain-incorrect, id, kind, question-line, stem)",
                        file + ":35: duplicate template id 'mcq-fine' (first at " + file + ":32)");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() {
        assertThat(errorsOf("templates-syntax"))
                .singleElement()
                .asString()
                .startsWith(FIXTURES.resolve("templates-syntax/bad.yaml") + ":4: YAML syntax error");
    }

    @Test
    void aMissingOrEmptyFolderIsAnError() {
        assertThat(errorsOf("no-such-folder"))
                .singleElement()
                .asString()
                .startsWith(
                        FIXTURES.resolve("no-such-folder").toAbsolutePath() + ": the templates folder does not exist")
                .contains("question-templates.dir");
        assertThat(errorsOf(".")).containsExactly(FIXTURES.resolve(".") + ": no template files (*.yaml) found");
    }

    @Test
    void startUpRefusesABrokenTemplateFolder() {
        QuestionService service = new QuestionService();
        service.live = new in.prelims.fact.LiveFacts(Engines.shipped().index().base());
        service.config = config("src/test/resources/generation/templates-broken", "upsc");
        TemplateFileException failure = catchThrowableOfType(TemplateFileException.class, service::start);
        assertThat(failure.getMessage()).startsWith("The question templates have 9 error(s):\n");
    }

    @Test
    void startUpRefusesAStyleWithoutEveryKind() {
        QuestionService service = new QuestionService();
        service.live = new in.prelims.fact.LiveFacts(Engines.shipped().index().base());
        service.config = config("templates", "hindi");
        TemplateFileException failure = catchThrowableOfType(TemplateFileException.class, service::start);
        assertThat(failure.getMessage()).contains("style 'hindi' has no template for");
    }

    @Test
    void placeholdersAreFilledLiterally() {
        Phrasing p = new Phrasing(Kind.MCQ, "t", "s", Map.of("stem", "Q: {question} ($1 {label})"), List.of(), "f", 1);
        assertThat(p.fill("stem", Map.of("question", "Who $2?", "label", "x\\y")))
                .isEqualTo("Q: Who $2? ($1 x\\y)");
        assertThat(p.fill("stem", Map.of())).isEqualTo("Q: {question} ($1 {label})");
    }

    private static GenerationConfig config(String dir, String style) {
        return new GenerationConfig() {
            public String dir() {
                return dir;
            }

            public String style() {
                return style;
            }
        };
    }
}
