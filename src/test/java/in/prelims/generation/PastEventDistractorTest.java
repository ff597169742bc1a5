package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.Period;
import in.prelims.fact.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A moderator's defect (issue 11): a 2020 report's India-Japan 2+2 dialogue was offered "2023" as a year. No paper
 * of the report's day could print a later date for an event already past, so a wrong date of such an event is never
 * after the source's publication day, in options and in false statements alike.
 */
class PastEventDistractorTest {

    private final Engine engine = Engines.shipped();

    @Test
    void noWrongDateOfAPastEventFallsAfterItsReport() {
        List<String> late = new ArrayList<>();
        int checked = 0;
        for (boolean detail : new boolean[] {false, true}) {
            for (long seed = 1; seed <= 20; seed++) {
                List<Draft> drafts = new ArrayList<>();
                engine.generate(
                        new QuestionRequest(100, seed, Set.of(), Set.of(), Set.of(), detail, Period.ALL),
                        (q, d) -> drafts.add(d));
                for (Draft d : drafts) {
                    for (Claim c : d.claims()) {
                        Slot wrong = c.swapped();
                        if (wrong == null || !wrong.kind().isTemporal()) continue;
                        LocalDate reported = c.fact().source().published();
                        if (start(c.fact().slots().get(wrong.name())).isAfter(reported)) continue;
                        checked++;
                        if (start(wrong).isAfter(reported))
                            late.add(wrong.display() + " for " + c.fact().id() + " (reported " + reported + ")");
                    }
                }
            }
        }
        assertThat(late).as("wrong dates after the report").isEmpty();
        assertThat(checked).as("wrong dates of past events served").isGreaterThan(50);
    }

    @Test
    void theTwoPlusTwoDialogueIsOfferedNoYearAfterItsReport() {
        Material material = new Material(engine.index());
        Pool pool = new Pool(engine.index(), Set.of(), Set.of());
        List<Fact> dated = engine.index().all().stream()
                .filter(f -> f.id().contains("2plus2") || f.label().contains("2+2"))
                .filter(f -> f.eventSlot().isPresent())
                .toList();
        assertThat(dated).as("the shipped base's 2+2 facts").isNotEmpty();
        int offered = 0;
        for (Fact f : dated) {
            Slot date = f.eventSlot().orElseThrow();
            for (int seed = 0; seed < 50; seed++) {
                for (Slot wrong : material.wrongValues(f, date, 8, new Random(seed), pool)) {
                    offered++;
                    assertThat(start(wrong))
                            .as(wrong.display() + " for " + f.id())
                            .isBeforeOrEqualTo(f.source().published());
                }
            }
        }
        assertThat(offered).isGreaterThan(50);
    }

    /** The first day a date, month, year or financial year names. */
    private static LocalDate start(Slot s) {
        String digits = Figures.of(s).toPlainString();
        return LocalDate.of(
                Integer.parseInt(digits.substring(0, 4)),
                Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }
}
