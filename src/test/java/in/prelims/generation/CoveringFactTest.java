package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Giveaways by paraphrase (issue 11): the definition of POPs (chemicals that stay long, build up in organisms, harm
 * health and travel far) names all four of their defining traits, so a paper that prints it must ask no trait, and a
 * paper that asks a trait must not print it. A fact says what it restates with {@code covers}; the paper honours it
 * in either order. A deck of flashcards is not a paper.
 */
class CoveringFactTest {

    private final Engine engine = Engines.shipped();
    private final FactBase base = engine.index().base();

    @Test
    void noPaperHoldsACoveringFactWithAnItemOnWhatItCovers() {
        List<List<Question>> papers = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) papers.add(engine.generate(paper(100, seed, false)));
        for (long seed = 1; seed <= 40; seed++) papers.add(engine.generate(paper(25, seed, false)));
        for (long seed = 1; seed <= 10; seed++) papers.add(engine.generate(paper(100, seed, true)));
        int covering = 0;
        int definitionPapers = 0;
        int traitPapers = 0;
        List<String> giveaways = new ArrayList<>();
        for (List<Question> paper : papers) {
            List<Fact> facts = new ArrayList<>();
            for (Question q : paper)
                q.factIds().forEach(id -> facts.add(base.fact(id).orElseThrow()));
            for (Fact f : facts) {
                if (f.covers().isEmpty()) continue;
                covering++;
                for (Fact other : facts) {
                    if (f.covers(other.id())
                            || (other.list() != null && f.covers(other.list().name())))
                        giveaways.add(f.id() + " with " + other.id() + " in " + ids(paper));
                }
            }
            if (facts.stream().anyMatch(f -> f.id().equals("pops-definition"))) definitionPapers++;
            if (facts.stream().anyMatch(onList("pops-defining-traits"))) traitPapers++;
        }
        assertThat(giveaways).as("a covering fact beside what it covers").isEmpty();
        assertThat(covering).as("covering facts served").isGreaterThan(50);
        assertThat(definitionPapers).as("papers defining POPs").isGreaterThan(5);
        assertThat(traitPapers).as("papers asking a trait of POPs").isGreaterThan(5);
    }

    @Test
    void theDefaultSeed31PaperNoLongerDefinesPopsBesideATrait() {
        List<Question> paper = engine.generate(paper(25, 31, false));
        List<String> ids = ids(paper);
        boolean definition = ids.contains("pops-definition");
        boolean trait = ids.stream().map(id -> base.fact(id).orElseThrow()).anyMatch(onList("pops-defining-traits"));
        assertThat(definition && trait).as(ids.toString()).isFalse();
        assertThat(paper).hasSize(25);
    }

    @Test
    void aPaperRefusesEitherOrderAndADeckTakesBoth() {
        Draft definition = draft(Kind.STATEMENT_REASON, d -> has(d, "pops-definition"));
        Draft trait = draft(Kind.MCQ, d -> d.facts().stream().anyMatch(onList("pops-defining-traits")));
        Fact traitFact = trait.facts().get(0);
        Fact definitionFact = base.fact("pops-definition").orElseThrow();

        Assembly definedFirst = new Assembly(true, engine.index());
        definedFirst.add(definition);
        assertThat(definedFirst.conflict(trait)).get().asString().contains("covers");
        assertThat(definedFirst.used(traitFact))
                .as("the pool no longer offers a trait")
                .isTrue();

        Assembly traitFirst = new Assembly(true, engine.index());
        traitFirst.add(trait);
        assertThat(traitFirst.conflict(definition)).get().asString().contains("covers");
        assertThat(traitFirst.used(definitionFact)).isTrue();

        Assembly deck = new Assembly(false, engine.index());
        deck.add(definition);
        assertThat(deck.conflict(trait)).isEmpty();
        assertThat(deck.used(traitFact)).isFalse();
    }

    private static QuestionRequest paper(int count, long seed, boolean detail) {
        return new QuestionRequest(count, seed, Set.of(), Set.of(), Set.of(), detail, Period.ALL);
    }

    private Draft draft(Kind kind, Predicate<Draft> wanted) {
        List<Draft> found = new ArrayList<>();
        for (long seed = 1; found.isEmpty() && seed <= 60; seed++) {
            engine.generate(new QuestionRequest(10, seed, Set.of(kind), Set.of("environment"), Set.of()), (q, d) -> {
                if (found.isEmpty() && wanted.test(d)) found.add(d);
            });
        }
        assertThat(found).as("a " + kind + " draft").isNotEmpty();
        return found.get(0);
    }

    private static boolean has(Draft d, String id) {
        return d.facts().stream().anyMatch(f -> f.id().equals(id));
    }

    private static Predicate<Fact> onList(String list) {
        return f -> f.list() != null && f.list().name().equals(list);
    }

    private static List<String> ids(List<Question> paper) {
        List<String> out = new ArrayList<>();
        paper.forEach(q -> out.addAll(q.factIds()));
        return out;
    }
}
