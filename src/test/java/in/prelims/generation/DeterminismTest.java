package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.FactBaseLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Same request and seed, same questions, options and keys; keys spread evenly over the positions. */
class DeterminismTest {

    private final Engine engine = Engines.shipped();

    @Test
    void theSameRequestGivesTheSameQuizEvenFromAFreshEngine() {
        QuestionRequest request = new QuestionRequest(100, 42, Set.of(), Set.of(), Set.of());
        List<Question> first = engine.generate(request);
        assertEquals(first, engine.generate(request));
        Engine fresh = new Engine(
                FactBaseLoader.load(Path.of("questions")), TemplateReader.load(Path.of("templates")), "upsc");
        assertEquals(first, fresh.generate(request));
        assertNotEquals(first, engine.generate(new QuestionRequest(100, 43, Set.of(), Set.of(), Set.of())));
    }

    @Test
    void filtersInAnyOrderGiveTheSameQuiz() {
        QuestionRequest a = new QuestionRequest(
                20, 9, EnumSet.of(Kind.MCQ, Kind.PAIRS), Set.of("india-japan", "economy"), Set.of());
        QuestionRequest b = new QuestionRequest(
                20, 9, EnumSet.of(Kind.PAIRS, Kind.MCQ), Set.of("economy", "india-japan"), Set.of());
        assertEquals(engine.generate(a), engine.generate(b));
    }

    @Test
    void theSameSeedGivesTheSameQuizInAnotherJvm() throws Exception {
        String first = printedByAFreshJvm(7);
        assertTrue(first.startsWith("[{\"id\":"), first);
        assertEquals(
                first,
                printedByAFreshJvm(7),
                "a JVM randomises the order of Set.of and Map.of; the quiz must not change");
    }

    private static String printedByAFreshJvm(long seed) throws IOException, InterruptedException {
        // without the class-data archive each JVM salts the iteration order of Set.of and Map.of anew
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:off",
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuizPrinter.class.getName(),
                        String.valueOf(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void keysSpreadEvenlyOverAToDAndTrueFalseOverAB() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Question> quiz = engine.generate(new QuestionRequest(200, seed, Set.of(), Set.of(), Set.of()));
            assertEquals(200, quiz.size());
            Map<Integer, Long> fourWay =
                    positions(quiz.stream().filter(q -> q.options().size() == 4).toList());
            Map<Integer, Long> twoWay = positions(
                    quiz.stream().filter(q -> q.kind() == Kind.TRUE_FALSE).toList());
            assertEquals(Set.of(0, 1, 2, 3), fourWay.keySet());
            assertTrue(spread(fourWay) <= 1, "A-D " + fourWay);
            assertTrue(spread(twoWay) <= 1, "A-B " + twoWay);
        }
    }

    @Test
    void everyKindButFlashcardsIsDealtEvenly() {
        Map<Kind, Long> kinds = engine.generate(new QuestionRequest(140, 3, Set.of(), Set.of(), Set.of())).stream()
                .collect(Collectors.groupingBy(Question::kind, TreeMap::new, Collectors.counting()));
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.FLASHCARD)), kinds.keySet());
        assertTrue(spread(kinds) <= 2, kinds.toString());
    }

    private static Map<Integer, Long> positions(List<Question> questions) {
        return questions.stream().collect(Collectors.groupingBy(Question::answer, TreeMap::new, Collectors.counting()));
    }

    private static long spread(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0)
                - counts.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
