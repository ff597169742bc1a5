package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Period;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A moderator's defect (issue 11, session 8 reading): "On Bangladesh's side, the 2017 cyber-security MoU with CERT-In
 * was concluded by BTRC" stood in a paper whose other items named BGD e-Gov CIRT as the party, so the false statement
 * answered itself. The truth behind a false statement naming a wrong entity (of a fact that is no list's member nor a
 * relation's row) is withheld like a key: no other item of the paper prints it, unless the value is common in the
 * paper's material.
 */
class WithheldTruthTest {

    private final Engine engine = Engines.shipped();

    @Test
    void noItemPrintsTheTruthThatAnotherItemsFalseStatementHides() {
        Pool whole = new Pool(engine.index(), Set.of(), Set.of());
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        for (Set<String> topics : List.of(Set.<String>of(), Set.of("india-bangladesh"), Set.of("india-japan"))) {
            Pool pool = topics.isEmpty() ? whole : new Pool(engine.index(), topics, Set.of());
            for (long seed = 1; seed <= 20; seed++) {
                List<Draft> drafts = new ArrayList<>();
                engine.generate(
                        new QuestionRequest(
                                topics.isEmpty() ? 100 : 25, seed, Set.of(), topics, Set.of(), false, Period.ALL),
                        (q, d) -> drafts.add(d));
                for (Draft d : drafts) {
                    for (Claim c : d.claims()) {
                        if (c.swapped() == null
                                || c.swapped().kind() != SlotKind.ENTITY
                                || c.fact().list() != null
                                || c.fact().relation() != null) continue;
                        String truth = c.fact().slots().get(c.swapped().name()).display();
                        if (pool.isCommon(truth) || truth.equals(d.key())) continue;
                        hidden++;
                        for (Draft other : drafts) {
                            if (other == d) continue;
                            if (Texts.padded(printed(other)).contains(Texts.padded(truth)))
                                shown.add(truth + " (hidden by " + c.fact().id() + ") in: " + other.stem());
                        }
                    }
                }
            }
        }
        assertThat(shown)
                .as("truths of false statements printed by another item")
                .isEmpty();
        assertThat(hidden).as("false statements with a truth to withhold").isGreaterThan(15);
    }

    /** What a reader sees of an item besides its key: stem, statements, question line and the other options. */
    private static String printed(Draft d) {
        List<String> parts = new ArrayList<>(List.of(d.stem()));
        parts.addAll(d.statements());
        if (d.questionLine() != null) parts.add(d.questionLine());
        d.options().stream().filter(o -> !o.equals(d.key())).forEach(parts::add);
        return String.join(" | ", parts);
    }
}
