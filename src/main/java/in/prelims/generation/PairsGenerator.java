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
        Set<String> rights = new HashSet<>();
        for (int i = 0; i < n; i++) if (shownTrue[i]) rights.add(right(facts.get(i)));
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Claim> claim =
                    shownTrue[i] ? Optional.of(Claim.of(facts.get(i))) : mismatched(facts.get(i), rights, random);
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
                        null)
                .laidOut(phrasing.text("question-line"), phrasing.headings(relation.name())));
    }

    /** Neither side disputed: a pair whose truth depends on which source you believe is never shown. */
    private static boolean usable(Fact fact) {
        Relation r = fact.relation();
        return r != null
                && !fact.disputed().containsKey(r.left())
                && !fact.disputed().containsKey(r.right());
    }

    /** The anchor and other facts of its relation, each with a left side and a right side of its own. */
    private List<Fact> members(Fact anchor, Pool pool, int n, Random random) {
        Relation r = anchor.relation();
        Set<String> lefts = new HashSet<>(Set.of(left(anchor)));
        Set<String> rights = new HashSet<>(Set.of(right(anchor)));
        List<Fact> out = new ArrayList<>(List.of(anchor));
        out.addAll(pool.near(
                anchor,
                t -> List.of(),
                material.index().relation(r.name()),
                n - 1,
                random,
                f -> usable(f)
                        && !lefts.contains(left(f))
                        && !rights.contains(right(f))
                        && lefts.add(left(f))
                        && rights.add(right(f))));
        Collections.shuffle(out, random);
        return out;
    }

    private String left(Fact f) {
        return material.index().canonical().of(f.slots().get(f.relation().left()));
    }

    private String right(Fact f) {
        return material.index().canonical().of(f.slots().get(f.relation().right()));
    }

    /** The fact's right side swapped for a typed value that no other pair shows, so every right side is distinct. */
    private Optional<Claim> mismatched(Fact fact, Set<String> rights, Random random) {
        Slot right = fact.slots().get(fact.relation().right());
        for (Slot wrong : material.wrongValues(fact, right, 4, random)) {
            if (material.index().mayCallFalse(fact, wrong)
                    && material.satisfies(right, wrong)
                    && rights.add(material.index().canonical().of(wrong)))
                return Optional.of(Claim.swapped(fact, wrong));
        }
        return Optional.empty();
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
