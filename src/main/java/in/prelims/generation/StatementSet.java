package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Numbered statements around an anchor fact, each true (the fact as it is) or false (the fact with
 * exactly one slot swapped), following a wanted pattern. Shared by statements and how-many.
 */
final class StatementSet {

    /** Facts looked at beyond the number of statements, in case some cannot be made false. */
    private static final int SPARE = 4;

    private StatementSet() {}

    /** @param shownTrue whether each statement should be true; the anchor takes one of the places it fits */
    static Optional<List<Claim>> build(Material material, Fact anchor, Pool pool, boolean[] shownTrue, Random random) {
        int n = shownTrue.length;
        Map<Fact, Optional<Claim>> falsified = new HashMap<>();
        java.util.function.Function<Fact, Optional<Claim>> falseOf = f -> falsified.computeIfAbsent(f, x -> material.falsify(x, random));
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < n; i++) if (shownTrue[i] || falseOf.apply(anchor).isPresent()) places.add(i);
        if (places.isEmpty()) return Optional.empty();
        Claim[] claims = new Claim[n];
        int anchorPlace = places.get(random.nextInt(places.size()));
        claims[anchorPlace] = shownTrue[anchorPlace] ? Claim.of(anchor) : falseOf.apply(anchor).orElseThrow();

        Set<String> labels = new HashSet<>(Set.of(anchor.label()));
        List<Fact> others = pool.near(anchor, pool.index()::topic, pool.facts(), n - 1 + SPARE, random,
                f -> labels.add(f.label()), Set.of(anchor));
        Set<String> texts = new HashSet<>(Set.of(Texts.normalise(claims[anchorPlace].render())));
        for (int i = 0; i < n; i++) {
            if (claims[i] != null) continue;
            for (java.util.Iterator<Fact> it = others.iterator(); it.hasNext() && claims[i] == null; ) {
                Fact f = it.next();
                Optional<Claim> c = shownTrue[i] ? Optional.of(Claim.of(f)) : falseOf.apply(f);
                if (c.isPresent() && texts.add(Texts.normalise(c.get().render()))) {
                    claims[i] = c.get();
                    it.remove();
                }
            }
            if (claims[i] == null) return Optional.empty();
        }
        return Optional.of(List.of(claims));
    }

    static List<String> texts(List<Claim> claims) {
        return claims.stream().map(Claim::render).toList();
    }

    /** One line per statement: why it is correct, or what is wrong in it and the true fact. */
    static String explanation(Phrasing phrasing, List<Claim> claims) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String n = String.valueOf(i + 1);
            lines.add(c.swapped() == null
                    ? phrasing.fill("explain-correct", Map.of("n", n, "statement", c.render()))
                    : phrasing.fill("explain-incorrect", Map.of("n", n, "statement", c.render(), "truth", c.fact().render(),
                            "wrong", c.swapped().display(), "right", c.fact().slots().get(c.swapped().name()).display())));
        }
        return String.join(" ", lines);
    }
}
