package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBaseLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Assembly} normalises each text of a draft once and joins the parts, and takes fact labels
 * normalised from the index; it must answer exactly as the first version, which normalised the joined
 * texts on every check ({@link FirstAssembly}, kept here as the reference). Drafts from many papers are
 * mixed so that most checks find a conflict (a fact, label, stem, statement or key met again).
 */
class AssemblyEquivalenceTest {

    @Test
    void answersAsTheFirstVersionOverTheShippedBase() {
        assertSameAnswers(Engines.shipped());
    }

    @Test
    void answersAsTheFirstVersionOverASyntheticBase(@TempDir Path dir) throws IOException {
        SyntheticFactBase.write(dir, 3000);
        assertSameAnswers(new Engine(FactBaseLoader.load(dir), TemplateReader.load(Path.of("templates")), "upsc"));
    }

    private static void assertSameAnswers(Engine engine) {
        List<Draft> drafts = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Set<Kind> kinds = seed % 4 == 0 ? Set.of(Kind.values()) : Set.of();
            engine.generate(new QuestionRequest(100, seed, kinds, Set.of(), Set.of()), (q, d) -> drafts.add(d));
        }
        for (Draft d : drafts) {
            Assembly.Forms forms = Assembly.Forms.of(d);
            assertEquals(FirstAssembly.stem(d), forms.stem(), d.stem());
            assertEquals(FirstAssembly.printed(d), forms.printed(), d.stem());
            assertEquals(d.statements().stream().map(Texts::normalise).toList(), forms.statements());
        }
        List<Fact> facts = engine.index().all();
        int conflicts = 0;
        for (boolean factsOnce : new boolean[] {true, false}) {
            for (int round = 0; round < 3; round++) {
                List<Draft> order = new ArrayList<>(drafts);
                Collections.shuffle(order, new Random(round));
                Random probe = new Random(round);
                Assembly paper = new Assembly(factsOnce, engine.index());
                FirstAssembly first = new FirstAssembly(factsOnce, engine.index()::invented);
                for (Draft d : order) {
                    Optional<String> expected = first.conflict(d);
                    assertEquals(expected, paper.conflict(d), d.stem());
                    if (expected.isPresent()) conflicts++;
                    else {
                        first.add(d);
                        paper.add(d);
                    }
                    for (Fact f : d.facts()) assertEquals(first.used(f), paper.used(f), f.id());
                    for (int i = 0; i < 20; i++) {
                        Fact f = facts.get(probe.nextInt(facts.size()));
                        assertEquals(first.used(f), paper.used(f), f.id());
                    }
                }
            }
        }
        assertTrue(conflicts > drafts.size(), "the mixed papers should meet conflicts: " + conflicts);
    }

    /**
     * Assembly as first written (2026-12-01): every text normalised at every check; with the rules added
     * since that a made-up wrong value is shown in one item of a paper only, and once in it, and that a fact covering a list or
     * fact (restating it) never shares a paper with it, looked up fact by fact, and that a false statement's truth is
     * withheld like a key ({@link Draft#withheld}) and a small number is not printed by a date's day
     * ({@link Texts#prints}).
     */
    static final class FirstAssembly {

        private final boolean factsOnce;
        private final java.util.function.Predicate<in.prelims.fact.Slot> invented;
        private final Set<String> inventedShown = new HashSet<>();
        private final Set<Fact> facts = Pool.identitySet();
        private final Set<String> labels = new HashSet<>();
        private final Set<String> stems = new HashSet<>();
        private final Set<String> statements = new HashSet<>();
        private final List<String> keys = new ArrayList<>();
        private final List<String> printed = new ArrayList<>();

        FirstAssembly(boolean factsOnce, java.util.function.Predicate<in.prelims.fact.Slot> invented) {
            this.factsOnce = factsOnce;
            this.invented = invented;
        }

        private static String key(in.prelims.fact.Slot s) {
            return s.type() + "|" + Texts.normalise(s.display());
        }

        boolean used(Fact fact) {
            return factsOnce
                    && (facts.contains(fact) || labels.contains(Texts.normalise(fact.label())) || coveredOut(fact));
        }

        private boolean coveredOut(Fact fact) {
            for (Fact f : facts) if (covers(f, fact) || covers(fact, f)) return true;
            return false;
        }

        private static boolean covers(Fact f, Fact other) {
            return f.covers(other.id())
                    || (other.list() != null && f.covers(other.list().name()));
        }

        Optional<String> conflict(Draft d) {
            for (Fact f : d.facts()) {
                if (factsOnce && coveredOut(f))
                    return Optional.of("fact " + f.id() + " restates, or is restated by, a fact of the paper (covers)");
                if (used(f)) return Optional.of("fact " + f.id() + " is already in the paper");
            }
            if (factsOnce)
                for (Fact f : d.facts())
                    for (Fact other : d.facts())
                        if (other != f && covers(f, other))
                            return Optional.of("one of its facts restates another of them (covers)");
            if (stems.contains(stem(d))) return Optional.of("the stem is already in the paper");
            if (!factsOnce) return Optional.empty();
            for (String statement : d.statements())
                if (statements.contains(Texts.normalise(statement)))
                    return Optional.of("it prints a statement already in the paper");
            List<String> inventedHere = new ArrayList<>();
            for (Claim c : d.claims()) {
                if (c.swapped() == null || !invented.test(c.swapped())) continue;
                if (inventedShown.contains(key(c.swapped())))
                    return Optional.of("it repeats a made-up wrong value an earlier item shows: "
                            + c.swapped().display());
                if (inventedHere.contains(key(c.swapped())))
                    return Optional.of(
                            "it shows the made-up wrong value " + c.swapped().display() + " twice");
                inventedHere.add(key(c.swapped()));
            }
            String text = printed(d);
            for (String key : keys) if (Texts.prints(text, key)) return Optional.of("it prints an earlier item's key");
            for (String withheld : d.withheld())
                for (String key : Texts.paddedForms(withheld))
                    for (String other : printed)
                        if (Texts.prints(other, key)) return Optional.of("an earlier item prints its key");
            return Optional.empty();
        }

        void add(Draft d) {
            d.facts().forEach(f -> {
                facts.add(f);
                labels.add(Texts.normalise(f.label()));
            });
            stems.add(stem(d));
            d.statements().forEach(statement -> statements.add(Texts.normalise(statement)));
            printed.add(printed(d));
            d.withheld().forEach(withheld -> keys.addAll(Texts.paddedForms(withheld)));
            if (factsOnce)
                for (Claim c : d.claims())
                    if (c.swapped() != null && invented.test(c.swapped())) inventedShown.add(key(c.swapped()));
        }

        static String stem(Draft d) {
            return Texts.normalise(d.stem() + " " + String.join(" ", d.statements()));
        }

        static String printed(Draft d) {
            List<String> parts = new ArrayList<>(List.of(d.stem()));
            parts.addAll(d.statements());
            if (d.questionLine() != null) parts.add(d.questionLine());
            if (d.key() == null) parts.addAll(d.options());
            else d.options().stream().filter(o -> !o.equals(d.key())).forEach(parts::add);
            return Texts.padded(String.join(" | ", parts));
        }
    }
}
