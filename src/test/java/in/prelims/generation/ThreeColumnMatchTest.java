package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A relation with three roles (the Quad ministerial of 2020: minister, country, post) is asked as
 * UPSC's three-column match: rows under three headings, "In which / how many of the above rows is
 * the given information correctly matched?", each column's values distinct, the key right by the
 * fact base; two-column relations never take a row wording, and rows never take a pair wording.
 */
class ThreeColumnMatchTest {

    private static final Set<String> QUAD = Set.of("India", "Japan", "United States", "Australia");

    private final Engine engine = Engines.shipped();
    private final ItemChecks checks = new ItemChecks(engine.index().base());

    @Test
    void theQuadRelationIsAskedAsRowsOfThreeColumnsWithTheKeyRightByTheFactBase() {
        List<Question> rows = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            engine.generate(
                    new QuestionRequest(3, seed, Set.of(Kind.PAIRS), Set.of("quad"), Set.of(), true, Period.ALL),
                    (q, d) -> {
                        if (d.facts().get(0).relation().threeColumns()) {
                            rows.add(q);
                            Phrasing phrasing = engine.phrasings(Kind.PAIRS).stream()
                                    .filter(p -> p.id().equals(d.phrasing()))
                                    .findFirst()
                                    .orElseThrow();
                            assertThat(checks.problems(q, d, phrasing))
                                    .as(q.toString())
                                    .isEmpty();
                        }
                    });
        }
        assertThat(rows).isNotEmpty();
        Set<String> questionLines = new HashSet<>();
        for (Question q : rows) {
            assertThat(q.headings()).containsExactly("Minister", "Country", "Post");
            assertThat(q.stem()).isEqualTo("Consider the following information:");
            questionLines.add(q.questionLine());
            assertThat(q.statements()).hasSizeBetween(3, 4);
            List<List<String>> cells = q.statements().stream()
                    .map(row -> List.of(row.split(" : ")))
                    .toList();
            for (List<String> row : cells)
                assertThat(row).as(q.statements().toString()).hasSize(3);
            for (int column = 0; column < 3; column++) {
                int at = column;
                assertThat(cells.stream().map(r -> r.get(at)).distinct().count())
                        .as("column " + column + " of " + q.statements())
                        .isEqualTo(cells.size());
            }
            if (cells.size() < QUAD.size()) {
                assertThat(cells.stream().map(r -> r.get(1)).toList())
                        .as("a wrong row takes a country the relation itself names, as the paper would: "
                                + q.statements())
                        .allMatch(QUAD::contains);
            }
        }
        assertThat(questionLines)
                .contains(
                        "In which of the above rows is the given information correctly matched?",
                        "In how many of the above rows is the given information correctly matched?");
    }

    @Test
    void aRowWordingServesOnlyThreeColumnRelationsAndAPairWordingOnlyTwo() {
        Generator pairs = engine.generator(Kind.PAIRS);
        for (var fact : engine.index().all()) {
            if (fact.relation() == null) continue;
            for (Phrasing phrasing : engine.phrasings(Kind.PAIRS)) {
                assertThat(pairs.suits(fact, phrasing))
                        .as(fact.id() + " with " + phrasing.id())
                        .isEqualTo(fact.relation().threeColumns() == phrasing.has("row"));
            }
        }
    }
}
