package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The content linter over the shipped base finds no mechanical defect, in a default quiz or a detail drill. */
class ContentLintTest {

    @Test
    void defaultQuizzesHaveNoMechanicalDefect() {
        ContentLint lint = new ContentLint(Engines.shipped()).run(20, 100, false);
        assertTrue(lint.items.values().stream().mapToInt(Integer::intValue).sum() > 10_000, "items linted");
        assertEquals(0, lint.mechanical(), lint.table() + String.join("\n", lint.examples));
    }

    @Test
    void detailDrillsHaveNoMechanicalDefectEither() {
        ContentLint lint = new ContentLint(Engines.shipped()).run(5, 100, true);
        assertEquals(0, lint.mechanical(), lint.table() + String.join("\n", lint.examples));
    }

    @Test
    void aDefaultQuizNeverKeysOnContextWhileADetailDrillMay() {
        Engine engine = Engines.shipped();
        var base = engine.index().base();
        long contextInDefault = engine
                .generate(
                        new QuestionRequest(200, 7, java.util.Set.of(Kind.MCQ), java.util.Set.of(), java.util.Set.of()))
                .stream()
                .flatMap(q -> q.factIds().stream())
                .filter(id -> !base.fact(id).orElseThrow().isCore())
                .count();
        long contextInDetail = engine
                .generate(new QuestionRequest(
                        200, 7, java.util.Set.of(Kind.MCQ), java.util.Set.of(), java.util.Set.of(), true))
                .stream()
                .flatMap(q -> q.factIds().stream())
                .filter(id -> !base.fact(id).orElseThrow().isCore())
                .count();
        assertEquals(0, contextInDefault);
        assertTrue(contextInDetail > 0, "a detail drill asks context too");
    }
}
