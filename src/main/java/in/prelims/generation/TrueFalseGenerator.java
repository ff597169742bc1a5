package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The statement as it is (key "True", position 0) or with one slot swapped (key "False", position 1).
 * A fact with a disputed slot is never judged whole: its truth depends on which source you believe.
 */
final class TrueFalseGenerator implements Generator {

    private final Material material;

    TrueFalseGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        if (!anchor.disputed().isEmpty()) return Optional.empty();
        boolean shownTrue = position == 0;
        Optional<Claim> claim = shownTrue ? Optional.of(Claim.of(anchor)) : material.falsify(anchor, pool, random);
        if (claim.isEmpty()) return Optional.empty();
        Claim c = claim.get();
        String statement = material.index().render(c);
        String stem = phrasing.fill("stem", Map.of("statement", statement));
        String explanation = shownTrue
                ? phrasing.fill("explain-true", Map.of("statement", statement))
                : phrasing.fill(
                        "explain-false",
                        Map.<String, String>of(
                                "statement",
                                statement,
                                "truth",
                                material.index().render(anchor),
                                "wrong",
                                c.swapped().display(),
                                "why",
                                material.reasons().whyOrContrast(c),
                                "right",
                                anchor.slots().get(c.swapped().name()).display()));
        return Optional.of(new Draft(
                Kind.TRUE_FALSE,
                phrasing.id(),
                stem,
                List.of(),
                List.of(phrasing.text("true"), phrasing.text("false")),
                List.of(new OptionMeaning.Verdict(true), new OptionMeaning.Verdict(false)),
                position,
                explanation,
                List.of(anchor),
                List.of(c),
                null));
    }
}
