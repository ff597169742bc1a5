package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What one item may not show, whatever else the paper holds (the tenth reading's strikes). */
class ItemConflictTest {

    private static Engine engine;
    private static FactBase base;

    @BeforeAll
    static void load() {
        engine = Engines.shipped();
        base = engine.index().base();
    }

    @Test
    void aSetOfThreeTakesOneMadeUpFieldAtMost() {
        Claim space = swapped("in-bd-cert-mou-covers-policies", "Space Situational Awareness");
        Claim offensive = swapped("in-bd-cert-mou-covers-information-exchange", "Offensive Cyber Operations");
        Claim spectrum = swapped("in-bd-cert-mou-covers-hrd", "Spectrum Management");
        Claim policies = Claim.of(fact("in-bd-cert-mou-covers-policies"));
        Claim exchange = Claim.of(fact("in-bd-cert-mou-covers-information-exchange"));
        Claim hrd = Claim.of(fact("in-bd-cert-mou-covers-hrd"));

        // three made-up fields give "None", two beside one real field "Only one", without knowing the MoU
        assertThat(paper().conflict(howMany(space, offensive, spectrum)))
                .get()
                .asString()
                .contains("more than one made-up wrong value");
        assertThat(paper().conflict(howMany(space, offensive, hrd)))
                .get()
                .asString()
                .contains("more than one made-up wrong value");
        assertThat(paper().conflict(howMany(space, exchange, hrd))).isEmpty();
        assertThat(paper().conflict(statements(space, offensive)))
                .as("a two-statement item keeps 'Neither 1 nor 2'")
                .isEmpty();
        assertThat(paper().conflict(howMany(policies, exchange, hrd))).isEmpty();
        assertThat(new Assembly(false, engine.index()).conflict(howMany(space, offensive, spectrum)))
                .as("a deck of flashcards is not a paper")
                .isEmpty();
    }

    @Test
    void aWrongNameAnotherStatementNamesIsRefused() {
        Claim jimexBilateral = Claim.of(fact("india-japan-exercise-jimex"));
        Claim jimexWithUs = swapped("malabar-with-united-states", "JIMEX");
        Claim garudaWithUs = swapped("malabar-with-united-states", "Garuda");

        assertThat(paper().conflict(statements(jimexBilateral, jimexWithUs)))
                .get()
                .asString()
                .contains("JIMEX is named by another statement");
        assertThat(paper().conflict(statements(jimexBilateral, garudaWithUs))).isEmpty();
    }

    private static Assembly paper() {
        return new Assembly(true, engine.index());
    }

    private static Fact fact(String id) {
        return base.fact(id).orElseThrow();
    }

    private static Claim swapped(String id, String value) {
        Fact f = fact(id);
        return Claim.swapped(f, f.slots().values().iterator().next().withValue(value));
    }

    private static Draft howMany(Claim... claims) {
        return draft(Kind.HOW_MANY, claims);
    }

    private static Draft statements(Claim... claims) {
        return draft(Kind.STATEMENTS, claims);
    }

    private static Draft draft(Kind kind, Claim... claims) {
        List<Claim> all = List.of(claims);
        return new Draft(
                kind,
                "test",
                "Consider the following:",
                all.stream().map(Claim::render).toList(),
                List.of("a", "b", "c", "d"),
                List.of(),
                0,
                "",
                all.stream().map(Claim::fact).distinct().toList(),
                all,
                null);
    }
}
