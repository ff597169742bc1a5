package in.prelims.worksheet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import in.prelims.generation.Question;
import in.prelims.pdf.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The worksheet PDF read back: each set's key matches its own questions; the student copy holds no key. */
@QuarkusTest
class WorksheetPdfTest {

    private static final Map<String, String> QUERY = Map.of(
            "title",
            "Weekly test 7",
            "institute",
            "Civil Services Academy",
            "count",
            "24",
            "sets",
            "2",
            "duration",
            "30",
            "marking",
            "upsc",
            "seed",
            "2024");
    private static final Pattern KEY_CELL = Pattern.compile("(\\d+) ([a-d])\\b");

    @Inject
    Worksheets worksheets;

    @Inject
    WorksheetMessages messages;

    static byte[] pdf(Map<String, String> query, String copy) {
        return given().queryParams(query)
                .queryParam("copy", copy)
                .when()
                .get("/worksheets.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    Worksheet expected(Map<String, String> query) {
        WorksheetParams p = new WorksheetParams();
        p.title = query.get("title");
        p.institute = query.get("institute");
        p.count = query.get("count");
        p.sets = query.get("sets");
        p.duration = query.get("duration");
        p.marking = query.get("marking");
        p.seed = query.get("seed");
        return worksheets.build(WorksheetOptions.parse(p, messages.defaultTitle()));
    }

    @Test
    void statementsArePrintedAboveTheirQuestionLine() throws IOException {
        Map<String, String> query =
                Map.of("count", "2", "sets", "1", "seed", "5", "kinds", "statements", "title", "Layout");
        Worksheet paper = expectedWithKinds(query);
        Question first = paper.sets().get(0).questions().get(0);
        assertThat(first.questionLine()).as(first.toString()).contains("given above");
        byte[] bytes = pdf(query, "student");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "paper-layout-worksheet.pdf"), bytes);
        try (PDDocument doc = PdfText.load(bytes)) {
            Map<Double, StringBuilder> lines = new java.util.TreeMap<>();
            Map<Double, List<PdfText.Glyph>> glyphs = new java.util.TreeMap<>();
            for (PdfText.Glyph g : PdfText.glyphs(doc, 0)) {
                double y = Math.round(g.yMm() * 2) / 2.0;
                lines.computeIfAbsent(y, k -> new StringBuilder()).append(g.text());
                glyphs.computeIfAbsent(y, k -> new ArrayList<>()).add(g);
            }
            double statementY = -1;
            double questionLineY = -1;
            String lastStatement = PdfText.squeeze(
                            first.statements().get(first.statements().size() - 1))
                    .replace(" ", "")
                    .substring(0, 15);
            for (Map.Entry<Double, StringBuilder> line : lines.entrySet()) {
                String text = line.getValue().toString().replace(" ", "");
                if (statementY < 0 && text.contains(lastStatement)) statementY = line.getKey();
                if (questionLineY < 0 && text.contains("givenabove")) questionLineY = line.getKey();
            }
            assertThat(statementY > 0 && questionLineY > 0)
                    .as("found " + statementY + ", " + questionLineY + " in " + lines)
                    .isTrue();
            assertThat(statementY)
                    .as("the last statement is above the question line (y in mm from the top)")
                    .isLessThan(questionLineY);
            // as printed, the question line starts where the stem's text does, right of the question's number
            String stemStart = PdfText.squeeze(first.stem()).replace(" ", "").substring(0, 8);
            double stemTextX = -1;
            for (Map.Entry<Double, StringBuilder> line : lines.entrySet()) {
                if (!line.getValue().toString().replace(" ", "").contains(stemStart)) continue;
                List<PdfText.Glyph> onLine = glyphs.get(line.getKey());
                stemTextX = onLine.stream()
                        .filter(g -> g.text().equals(first.stem().substring(0, 1)))
                        .mapToDouble(PdfText.Glyph::xMm)
                        .min()
                        .orElse(-1);
                break;
            }
            double questionLineX = glyphs.get(questionLineY).stream()
                    .mapToDouble(PdfText.Glyph::xMm)
                    .min()
                    .orElseThrow();
            assertThat(stemTextX).as("the stem's first letter").isPositive();
            assertThat(questionLineX).as("the question line's left edge (mm)").isCloseTo(stemTextX, within(0.5));
        }
    }

    private Worksheet expectedWithKinds(Map<String, String> query) {
        WorksheetParams p = new WorksheetParams();
        p.title = query.get("title");
        p.count = query.get("count");
        p.sets = query.get("sets");
        p.seed = query.get("seed");
        p.kinds = List.of(query.get("kinds"));
        return worksheets.build(WorksheetOptions.parse(p, messages.defaultTitle()));
    }

    @Test
    void teacherCopyHasEachSetsQuestionsInItsOrderAndTheMatchingKey() throws IOException {
        Worksheet paper = expected(QUERY);
        assertThat(paper.sets()).hasSize(2);
        assertThat(paper.sets().get(0).key()).isNotEqualTo(paper.sets().get(1).key());
        try (PDDocument doc = PdfText.load(pdf(QUERY, "teacher"))) {
            for (WorksheetSet set : paper.sets()) {
                String questions =
                        PdfText.squeeze(pages(doc, "Set " + set.letter(), "Answer sheet · Set " + set.letter()));
                assertThat(questions)
                        .containsIgnoringCase("Civil Services Academy")
                        .contains("Weekly test 7")
                        // as many as were served: a paper the material cannot fill says so (24 asked)
                        .contains(set.questions().size() + " questions · Time allowed: 30 minutes · Maximum marks: "
                                + 2 * set.questions().size())
                        .contains("Each wrong answer costs 2/3 marks (one third of the marks for that question)")
                        .contains("Name:")
                        .contains("Roll number:")
                        .contains("Date:");
                assertQuestionsInOrder(questions, set.questions());

                String key = keyPageText(doc, set.letter());
                assertThat(keyGrid(key)).as("key of set %s", set.letter()).isEqualTo(set.key());
                int from = 0;
                for (int i = 0; i < set.questions().size(); i++) {
                    Question q = set.questions().get(i);
                    String line = (i + 1) + ". (" + set.key().get(i) + ") " + firstWords(q.answerText(), 3);
                    from = PdfText.squeeze(key).indexOf(line, from);
                    assertThat(from)
                            .as("explanation line '%s' of set %s", line, set.letter())
                            .isNotNegative();
                }
            }
        }
    }

    @Test
    void eachSetCountsItsOwnPagesAndTheTeacherGetsEverySetsKeySideBySide() throws IOException {
        Worksheet paper = expected(QUERY);
        try (PDDocument doc = PdfText.load(pdf(QUERY, "teacher"))) {
            String text = PdfText.all(doc);
            int firstPages = text.split("Page 1 of ", -1).length - 1;
            assertThat(firstPages)
                    .as("sets A, B and the combined key each start at page 1")
                    .isEqualTo(3);
            String all = PdfText.squeeze(text.substring(text.indexOf("Answer keys of every set, side by side")));
            for (int i = 0; i < paper.sets().get(0).questions().size(); i++) {
                StringBuilder row = new StringBuilder().append(i + 1);
                for (var set : paper.sets()) {
                    row.append(' ')
                            .append(WorksheetExtensions.answerLetter(
                                    set.questions().get(i)));
                }
                assertThat(all).contains(row.toString());
            }
        }
        try (PDDocument doc = PdfText.load(pdf(QUERY, "student"))) {
            assertThat(PdfText.all(doc)).doesNotContain("Answer keys of every set");
        }
    }

    @Test
    void studentCopyHoldsNoKeyAndNoExplanation() throws IOException {
        Worksheet paper = expected(QUERY);
        try (PDDocument doc = PdfText.load(pdf(QUERY, "student"))) {
            String text = PdfText.squeeze(PdfText.all(doc));
            assertThat(text)
                    .doesNotContain("Answer key")
                    .doesNotContain("Explanations")
                    .doesNotContain("teacher")
                    .contains("Answer sheet · Set A")
                    .contains("Answer sheet · Set B");
            for (WorksheetSet set : paper.sets()) {
                assertQuestionsInOrder(
                        PdfText.squeeze(pages(doc, "Set " + set.letter(), "Answer sheet · Set " + set.letter())),
                        set.questions());
                String shown = PdfText.squeeze(String.join(
                        " ",
                        set.questions().stream()
                                .map(q -> q.stem() + " " + String.join(" ", q.statements()) + " "
                                        + String.join(" ", q.options()))
                                .toList()));
                for (Question q : set.questions()) {
                    String explanation = PdfText.squeeze(q.explanation());
                    if (!shown.contains(explanation)) {
                        assertThat(text).as("explanation of %s", q.id()).doesNotContain(explanation);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedSamePaperAnotherSeedAnotherPaper() {
        byte[] first = pdf(QUERY, "teacher");
        assertThat(pdf(QUERY, "teacher")).isEqualTo(first);
        Map<String, String> other = new HashMap<>(QUERY);
        other.put("seed", "2025");
        assertThat(pdf(other, "teacher")).isNotEqualTo(first);
    }

    @Test
    void printViewIsTheSamePaperWithAPrintButtonAndEscapedUserText() {
        String html = given().queryParams(Map.of(
                        "title",
                        "<b>Mock</b> & test",
                        "institute",
                        "A \"quoted\" <i>name</i>",
                        "count",
                        "5",
                        "sets",
                        "2",
                        "seed",
                        "3",
                        "copy",
                        "teacher"))
                .when()
                .get("/worksheets/paper")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("&lt;b&gt;Mock&lt;/b&gt; &amp; test")
                .doesNotContain("<b>Mock</b>")
                .contains("&lt;i&gt;name&lt;/i&gt;")
                .contains("<script src=\"/js/worksheet-print.js\"")
                .contains("data-print")
                .doesNotContain("onclick")
                .contains("Answer key · Set B")
                .contains("/worksheets.pdf?")
                .contains("copy=student");
        String student = given().queryParams(Map.of("count", "5", "sets", "1", "seed", "3", "copy", "student"))
                .when()
                .get("/worksheets/paper")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(student).doesNotContain("Answer key").contains("Answer sheet · Set A");
    }

    @Test
    void theMarkingOfAPaperReachesItsInstructionsAndItsExportLinks() {
        String page = given().queryParams(Map.of("count", "4", "sets", "1", "seed", "3", "marking", "psc"))
                .when()
                .get("/worksheets/paper")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Each wrong answer costs 1/4 marks (one quarter of the marks for that question)")
                .contains("Maximum marks: 4")
                .containsPattern("/export/gift\\?[^\"]*marking=state-psc")
                .containsPattern("/export/moodle-xml\\?[^\"]*marking=state-psc")
                .doesNotContain("marking=upsc");
    }

    @Test
    void badParametersAre400sNamingThem() {
        expect400("sets=7", "sets must be a whole number from 1 to 6");
        expect400("count=201", "count must be a whole number from 1 to 200");
        expect400("duration=0", "duration must be a whole number from 1 to 300");
        expect400("marking=jee", "marking must be one of upsc-gs, csat, state-psc, none");
        expect400("copy=both", "copy must be one of teacher, student");
        expect400("kinds=flashcard", "kinds: a worksheet holds exam questions");
        expect400("title=" + "t".repeat(121), "title must be at most 120 characters");
        expect400("institute=" + "i".repeat(121), "institute must be at most 120 characters");
        expect400("topics=astrology", "astrology");
        given().when()
                .get("/worksheets/paper?sets=9")
                .then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("error-box"))
                .body(containsString("sets must be a whole number from 1 to 6"));
    }

    private static void expect400(String query, String message) {
        given().when()
                .get("/worksheets.pdf?" + query)
                .then()
                .statusCode(400)
                .body("status", is(400))
                .body("error", containsString(message));
    }

    /** Each question's stem, then each option under its letter, in this order. */
    static void assertQuestionsInOrder(String text, List<Question> questions) {
        int from = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            from = text.indexOf((i + 1) + ". " + firstWords(q.stem(), 5), from);
            assertThat(from).as("question %d: %s", i + 1, q.stem()).isNotNegative();
            for (int o = 0; o < q.options().size(); o++) {
                String option =
                        "(" + (char) ('a' + o) + ") " + firstWords(q.options().get(o), 3);
                from = text.indexOf(option, from);
                assertThat(from).as("question %d option %s", i + 1, option).isNotNegative();
            }
        }
    }

    /** The text of the pages from the first whose text holds {@code start} up to the one holding {@code end}. */
    private static String pages(PDDocument doc, String start, String end) {
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            String page = PdfText.page(doc, p);
            if (page.contains(end)) {
                return text.toString();
            }
            in = in || page.contains(start);
            if (in) {
                text.append(page).append('\n');
            }
        }
        throw new AssertionError("no page holds " + end);
    }

    private static String keyPageText(PDDocument doc, String letter) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            String page = PdfText.page(doc, p);
            if (page.contains("Set " + letter + " · Answer key")) {
                text.append(page).append('\n');
            }
        }
        return text.toString();
    }

    /** The key grid between the heading and "Explanations": number-letter pairs in question order. */
    private static List<String> keyGrid(String keyText) {
        String grid = keyText.substring(keyText.indexOf("Answer key · Set"), keyText.indexOf("Explanations"));
        grid = grid.substring(grid.indexOf('\n'));
        List<String> key = new ArrayList<>();
        Matcher m = KEY_CELL.matcher(grid);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(key.size() + 1);
            key.add(m.group(2));
        }
        return key;
    }

    private static String firstWords(String text, int n) {
        String[] words = PdfText.squeeze(text).split(" ");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(n, words.length)));
    }
}
