package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactList;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Numbered statements around an anchor fact, each true (the fact as it is) or false (the fact with
 * exactly one slot swapped), following a wanted pattern. Shared by statements and how-many.
 */
final class StatementSet {

    /** Facts looked at beyond the number of statements, in case some cannot be made false. */
    private static final int SPARE = 4;

    private StatementSet() {}

    /**
     * @param topic     the one topic every statement keeps to (see {@link #topic})
     * @param shownTrue whether each statement should be true; the anchor takes one of the places it fits
     */
    static Optional<List<Claim>> build(
            Material material, Fact anchor, Pool pool, String topic, boolean[] shownTrue, Random random) {
        if (!judgeable(anchor)) return Optional.empty();
        int n = shownTrue.length;
        Map<Fact, Optional<Claim>> falsified = new IdentityHashMap<>();
        Function<Fact, Optional<Claim>> falseOf = f -> falsified.computeIfAbsent(
                f, x -> pool.mayShowFalse(x) ? material.falsify(x, pool, random) : Optional.empty());
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < n; i++) if (shownTrue[i] || falseOf.apply(anchor).isPresent()) places.add(i);
        if (places.isEmpty()) return Optional.empty();
        Claim[] claims = new Claim[n];
        int anchorPlace = places.get(random.nextInt(places.size()));
        claims[anchorPlace] = shownTrue[anchorPlace]
                ? Claim.of(anchor)
                : falseOf.apply(anchor).orElseThrow();

        Set<String> labels = new HashSet<>(Set.of(anchor.label()));
        // one member of a list the members form asks ("How many of the above are pillars of ..."): several would
        // be that form written out as sentences in one frame
        Set<String> lists = new HashSet<>();
        askedList(anchor, material).ifPresent(lists::add);
        List<Fact> others = pool.inTopic(
                anchor,
                topic,
                n - 1 + SPARE,
                random,
                f -> judgeable(f)
                        && askedList(f, material).map(l -> !lists.contains(l)).orElse(true)
                        && labels.add(f.label())
                        && askedList(f, material).map(lists::add).orElse(true));
        Set<String> texts =
                new HashSet<>(Set.of(Texts.normalise(material.index().render(claims[anchorPlace]))));
        for (int i = 0; i < n; i++) {
            if (claims[i] != null) continue;
            for (Iterator<Fact> it = others.iterator(); it.hasNext() && claims[i] == null; ) {
                Fact f = it.next();
                Optional<Claim> c = shownTrue[i] ? Optional.of(Claim.of(f)) : falseOf.apply(f);
                if (c.isPresent() && texts.add(Texts.normalise(material.index().render(c.get())))) {
                    claims[i] = c.get();
                    it.remove();
                }
            }
            if (claims[i] == null) return Optional.empty();
        }
        List<Claim> built = List.of(claims);
        return givesAnotherAway(built) ? Optional.empty() : Optional.of(built);
    }

    /**
     * Whether a false statement's true value (for a date, also its year) is written in another
     * statement: "signed on 7 October 2020" next to "the MoU ... signed in 2017" answers itself.
     */
    static boolean givesAnotherAway(List<Claim> claims) {
        for (Claim c : claims) {
            if (c.swapped() == null) continue;
            Slot right = c.fact().slots().get(c.swapped().name());
            List<String> tells = new ArrayList<>(Texts.paddedForms(right.display()));
            if (right.kind().isTemporal()) tells.add(" " + right.value().substring(0, 4) + " ");
            for (Claim other : claims) {
                if (other == c) continue;
                String text = Texts.padded(other.render());
                if (tells.stream().anyMatch(text::contains)) return true;
            }
        }
        return false;
    }

    /** The name of the fact's list when the members form can ask it. */
    private static Optional<String> askedList(Fact fact, Material material) {
        return MemberItems.listOf(fact, material.index()).map(FactList::name);
    }

    /** A topic of the anchor with facts enough for {@code n} statements, or null: a set keeps to one topic. */
    static String topic(Fact anchor, Pool pool, int n, Random random) {
        List<String> topics = pool.topicsFor(anchor, n);
        return topics.isEmpty() ? null : topics.get(random.nextInt(topics.size()));
    }

    /** A fact with a disputed slot is never shown as a statement to judge: its truth depends on the source. */
    static boolean judgeable(Fact fact) {
        return fact.disputed().isEmpty();
    }

    static List<String> texts(List<Claim> claims) {
        return claims.stream().map(Claim::render).toList();
    }

    /** One line per statement: why it is correct, or what is wrong in it and the true fact. */
    static String explanation(Phrasing phrasing, List<Claim> claims, Reasons reasons) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++)
            lines.add(line(phrasing, claims.get(i), String.valueOf(i + 1), reasons));
        return String.join(" ", lines);
    }

    /** Why statement {@code n} is correct, or what is wrong in it, why, and the true fact. */
    static String line(Phrasing phrasing, Claim c, String n, Reasons reasons) {
        return c.swapped() == null
                ? phrasing.fill("explain-correct", Map.of("n", n, "statement", c.render()))
                : phrasing.fill(
                        "explain-incorrect",
                        Map.<String, String>of(
                                "n",
                                n,
                                "statement",
                                c.render(),
                                "truth",
                                c.fact().render(),
                                "wrong",
                                c.swapped().display(),
                                "why",
                                reasons.whyOrContrast(c),
                                "right",
                                c.fact().slots().get(c.swapped().name()).display()));
    }
}
