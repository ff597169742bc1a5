package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pairs that match only years test a date, not a concept (issue 11): a default paper's pairs match an agreement or
 * initiative to what it is about (the Stockholm Convention : persistent organic pollutants, the ACSA : military
 * logistics), with distinct right-hand values under column headings. A relation of dates (initiative : year
 * launched) still makes pairs in a detail drill.
 */
class ConceptPairsTest {

    private final Engine engine = Engines.shipped();
    private final FactBase base = engine.index().base();

    @Test
    void defaultPapersMatchConceptsNeverOnlyYears() {
        List<List<Question>> papers = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) papers.add(engine.generate(request(100, seed, false)));
        for (long seed = 1; seed <= 40; seed++) papers.add(engine.generate(request(25, seed, false)));
        int pairs = 0;
        Set<String> relations = new TreeSet<>();
        Set<String> forms = new HashSet<>();
        for (List<Question> paper : papers) {
            for (Question q : paper) {
                if (q.kind() != Kind.PAIRS) continue;
                pairs++;
                forms.add(q.questionLine());
                for (String id : q.factIds()) {
                    Fact f = base.fact(id).orElseThrow();
                    assertThat(PairsGenerator.matchesOnlyDates(f))
                            .as("a pair of dates in a default paper: " + q)
                            .isFalse();
                    relations.add(f.relation().name());
                }
                assertThat(q.headings()).as(q.toString()).containsExactly("Agreement or initiative", "Subject");
                Set<String> rights = new HashSet<>();
                for (String pair : q.statements())
                    assertThat(rights.add(
                                    pair.substring(pair.lastIndexOf(':') + 1).trim()))
                            .as("right side repeats: " + q)
                            .isTrue();
            }
        }
        assertThat(relations).containsExactly("agreement-subject");
        assertThat(pairs).as("concept pairs in 60 default papers").isGreaterThanOrEqualTo(20);
        assertThat(forms)
                .as("which pairs, and how many pairs")
                .contains(
                        "Which of the pairs given above is/are correctly matched?",
                        "How many of the pairs given above are correctly matched?");
    }

    @Test
    void aWrongPairIsNotAlwaysTheSameStockValue() {
        java.util.Map<String, Set<String>> wrong = new java.util.TreeMap<>();
        for (long seed = 1; seed <= 60; seed++) {
            engine.generate(request(25, seed, false), (q, d) -> {
                if (d.kind() != Kind.PAIRS) return;
                for (Claim c : d.claims())
                    if (c.swapped() != null)
                        wrong.computeIfAbsent(c.fact().id(), k -> new TreeSet<>())
                                .add(c.swapped().value());
            });
        }
        assertThat(wrong).hasSize(3);
        wrong.forEach((fact, values) -> assertThat(values).as(fact).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aDetailDrillStillMatchesYears() {
        boolean years = false;
        for (long seed = 1; seed <= 10 && !years; seed++) {
            for (Question q : engine.generate(
                    new QuestionRequest(20, seed, Set.of(Kind.PAIRS), Set.of(), Set.of(), true, Period.ALL)))
                years |= q.factIds().stream()
                        .map(id -> base.fact(id).orElseThrow())
                        .allMatch(PairsGenerator::matchesOnlyDates);
        }
        assertThat(years).as("a pairs item on years launched in a detail drill").isTrue();
    }

    @Test
    void theGeneratorRefusesADateAnchorForADefaultPoolAndServesItForADetailDrill() {
        Fact anchor = base.fact("ipoi-launched").orElseThrow();
        assertThat(PairsGenerator.matchesOnlyDates(anchor)).isTrue();
        assertThat(PairsGenerator.matchesOnlyDates(base.fact("india-japan-acsa").orElseThrow()))
                .isFalse();
        Pool core = new Pool(engine.index(), Set.of(), Set.of(), false);
        Pool detail = new Pool(engine.index(), Set.of(), Set.of(), true);
        assertThat(core.related()).noneMatch(PairsGenerator::matchesOnlyDates);
        assertThat(detail.related()).contains(anchor);
        Generator pairs = engine.generator(Kind.PAIRS);
        boolean servedInDetail = false;
        for (Phrasing phrasing : engine.phrasings(Kind.PAIRS)) {
            for (int seed = 0; seed < 20; seed++) {
                assertThat(pairs.draft(anchor, core, phrasing, seed % 4, new Random(seed)))
                        .isEmpty();
                servedInDetail |= pairs.draft(anchor, detail, phrasing, seed % 4, new Random(seed))
                        .isPresent();
            }
        }
        assertThat(servedInDetail).isTrue();
    }

    private static QuestionRequest request(int count, long seed, boolean detail) {
        return new QuestionRequest(count, seed, Set.of(), Set.of(), Set.of(), detail, Period.ALL);
    }
}
