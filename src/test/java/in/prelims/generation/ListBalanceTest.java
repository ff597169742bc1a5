package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A moderator's defect (issue 11, session 8 reading): over three papers the qualities of cyberspace came 1 true to
 * 9 false in statements to judge ("Stable", "Centralised", "Sovereign", ...), so marking every such statement false
 * scored 14 of 15. A list's members shown false in a paper's statements may run at most {@link Pool#FALSE_LEAD}
 * ahead of those shown true before the next one must be true.
 */
class ListBalanceTest {

    private final Engine engine = Engines.shipped();

    @Test
    void noListsMembersComeFalseFarMoreOftenThanTrueInOnePaper() {
        List<String> lopsided = new ArrayList<>();
        int judged = 0;
        for (int count : new int[] {25, 100}) {
            for (long seed = 1; seed <= 20; seed++) {
                Map<String, Integer> lead = new TreeMap<>();
                List<Draft> drafts = new ArrayList<>();
                engine.generate(
                        new QuestionRequest(count, seed, Set.of(), Set.of(), Set.of(), false, Period.ALL),
                        (q, d) -> drafts.add(d));
                for (Draft d : drafts) {
                    if (!d.kind().judgesWholeStatements()) continue;
                    // the lead before this item decides whether it may show another member false
                    Map<String, Integer> before = new TreeMap<>(lead);
                    for (Claim c : d.claims()) {
                        if (c.fact().list() == null) continue;
                        judged++;
                        String list = c.fact().list().name();
                        if (c.swapped() != null && before.getOrDefault(list, 0) >= Pool.FALSE_LEAD)
                            lopsided.add(list + " shown false again in seed " + seed + " (" + count + " items): "
                                    + d.stem());
                        lead.merge(list, c.swapped() != null ? 1 : -1, Integer::sum);
                    }
                }
            }
        }
        assertThat(lopsided).as("members shown false beyond the lead").isEmpty();
        assertThat(judged).as("list members judged in statements").isGreaterThan(500);
    }
}
