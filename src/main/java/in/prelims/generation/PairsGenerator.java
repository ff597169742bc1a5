package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Relation;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * "Consider the following pairs": facts of one relation, some with the right side swapped for a
 * value that no fact of the relation pairs with that left side. Which pairs, or how many, are right.
 */
final class PairsGenerator implements Generator {

    private final Material material;

    PairsGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        Relation relation = anchor.relation();
        if (!usable(anchor)) return Optional.empty();
        boolean askingCorrect = phrasing.askingCorrect();
        boolean counting = !phrasing.counts().isEmpty();
        int n = counting ? new CountOptions(phrasing.counts(), position).statements() : phrasing.number("statements");
        List<Fact> facts = members(anchor, pool, n, random);
        if (facts.size() < n) return Optional.empty();

        boolean[] shownTrue;
        List<String> labels;
        List<OptionMeaning> meanings;
        if (counting) {
            CountOptions options = new CountOptions(phrasing.counts(), position);
            shownTrue = options.pattern(askingCorrect, random);
            labels = options.labels();
            meanings = options.meanings(askingCorrect);
        } else {
            SubsetOptions options = SubsetOptions.of(n, position, random);
            shownTrue = new boolean[n];
            for (int i = 0; i < n; i++) shownTrue[i] = options.key().contains(i) == askingCorrect;
            labels = options.labels(phrasing, n);
            meanings = options.meanings(askingCorrect);
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Claim> claim =
                    shownTrue[i] ? Optional.of(Claim.of(facts.get(i))) : mismatched(facts.get(i), facts, random);
            if (claim.isEmpty()) return Optional.empty();
            claims.add(claim.get());
        }
        List<String> pairs = claims.stream().map(c -> pair(phrasing, c)).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(phrasing.fill(
                    claims.get(i).swapped() == null ? "explain-correct" : "explain-incorrect",
                    Map.of(
                            "n",
                            String.valueOf(i + 1),
                            "pair",
                            pairs.get(i),
                            "truth",
                            facts.get(i).render(),
                            "why",
                            claims.get(i).swapped() == null
                                    ? ""
                                    : material.reasons().whyOrContrast(claims.get(i)))));
        }
        return Optional.of(new Draft(
                Kind.PAIRS,
                phrasing.id(),
                phrasing.text("stem"),
                pairs,
                labels,
                meanings,
                position,
                String.join(" ", lines),
                facts,
                claims,
                null));
    }

    /** Neither side disputed: a pair whose truth depends on which source you believe is never shown. */
    private static boolean usable(Fact fact) {
        Relation r = fact.relation();
        return r != null
                && !fact.disputed().containsKey(r.left())
                && !fact.disputed().containsKey(r.right());
    }

    /** The anchor and other facts of its relation, each with a left side of its own. */
    private List<Fact> members(Fact anchor, Pool pool, int n, Random random) {
        Relation r = anchor.relation();
        Set<String> lefts = new HashSet<>(Set.of(left(anchor)));
        List<Fact> out = new ArrayList<>(List.of(anchor));
        out.addAll(pool.near(
                anchor,
                t -> List.of(),
                material.index().relation(r.name()),
                n - 1,
                random,
                f -> usable(f) && lefts.add(left(f))));
        Collections.shuffle(out, random);
        return out;
    }

    private String left(Fact f) {
        return material.index().canonical().of(f.slots().get(f.relation().left()));
    }

    /** The fact's right side swapped: for another shown pair's right side when that is false, else a typed distractor. */
    private Optional<Claim> mismatched(Fact fact, List<Fact> shown, Random random) {
        Slot right = fact.slots().get(fact.relation().right());
        List<Fact> others = new ArrayList<>(shown);
        Collections.shuffle(others, random);
        for (Fact other : others) {
            Claim c = Claim.swapped(
                    fact,
                    right.withValue(other.slots().get(other.relation().right()).value()));
            if (other != fact
                    && !material.index().holds(c)
                    && material.index().mayCallFalse(fact, c.swapped())
                    && material.satisfies(right, c.swapped())) return Optional.of(c);
        }
        return material.wrongValues(fact, right, 1, random).stream().findFirst().map(v -> Claim.swapped(fact, v));
    }

    private static String pair(Phrasing phrasing, Claim c) {
        Relation r = c.fact().relation();
        return phrasing.fill(
                "pair",
                Map.of(
                        "left",
                        c.slot(r.left()).display(),
                        "right",
                        c.slot(r.right()).display()));
    }
}
