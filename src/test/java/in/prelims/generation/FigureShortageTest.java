package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Slot;
import in.prelims.generation.distractor.Distractors;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong figure must not be one some fact states, so a base with thousands of figures in one unit (the synthetic
 * base's "cards": 72 figures for 10,000 facts) leaves a figure few wrong values or none. Multiple choice tried every
 * candidate of such a figure on every paper to find too few; {@link Material#mayOffer} now counts, once per figure,
 * how many the search could ever find, and the search is skipped when that is too few. The count must never be
 * below what the search finds, or a question that could be made would be lost.
 */
class FigureShortageTest {

    @TempDir
    Path dir;

    @Test
    void theCountOfWrongFiguresLeftBoundsWhatTheSearchFindsAndSkipsFiguresWithTooFew() throws Exception {
        SyntheticFactBase.write(dir, 2000);
        FactBase base = FactBaseLoader.load(dir);
        FactIndex index = new FactIndex(base);
        Material material = new Material(index);
        // the search without the count: every candidate the seeds give that no fact states
        Distractors search = new Distractors(index.canonical(), (f, s, r) -> Stream.empty());
        List<Fact> programmes = base.facts().stream()
                .filter(f -> f.slots().containsKey("cards"))
                .toList();
        assertThat(programmes).hasSizeGreaterThan(300);
        int skipped = 0;
        int offered = 0;
        for (Fact programme : programmes) {
            Slot cards = programme.slots().get("cards");
            Set<String> found = new HashSet<>();
            for (long seed = 1; seed <= 30; seed++) {
                search.pick(programme, cards, 20, new Random(seed), c -> !index.statesFigure(c)).stream()
                        .map(Slot::display)
                        .forEach(found::add);
            }
            assertThat(found.size())
                    .as("wrong figures found for %s (%s)", cards.display(), programme.id())
                    .isLessThanOrEqualTo(index.unstatedWrongFigures(cards));
            if (material.mayOffer(cards, ValueOptions.OPTIONS - 1)) offered++;
            else {
                skipped++;
                assertThat(ValueOptions.of(
                                material, programme, cards, 0, new Random(1), new Pool(index, Set.of(), Set.of())))
                        .as("options for %s", programme.id())
                        .isEmpty();
            }
        }
        assertThat(skipped).as("figures skipped for want of wrong values").isGreaterThan(programmes.size() / 2);
        assertThat(offered).as("figures still offered").isGreaterThan(0);
    }

    @Test
    void aFigureOfTheShippedBaseHasWrongValuesLeftAndEntitiesAreNotCounted() {
        Engine engine = Engines.shipped();
        Material material = new Material(engine.index());
        List<Slot> figures = engine.index().all().stream()
                .flatMap(f -> f.slots().values().stream())
                .filter(s -> s.kind().isNumeric())
                .toList();
        assertThat(figures).isNotEmpty();
        assertThat(figures).anyMatch(s -> material.mayOffer(s, ValueOptions.OPTIONS - 1));
        engine.index().all().stream()
                .flatMap(f -> f.slots().values().stream())
                .filter(s -> !s.kind().isNumeric())
                .forEach(s -> assertThat(material.mayOffer(s, 100)).as(s.name()).isTrue());
    }
}
