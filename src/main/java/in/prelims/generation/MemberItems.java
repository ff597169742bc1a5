package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactList;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The paper's commonest form for a list: "Consider the following: 1. Maritime Security 2. Energy Security
 * 3. Maritime Ecology. How many of the items given above are pillars of the Indo-Pacific Oceans Initiative?"
 * Each item is a claim on one member fact of the list: the fact's own value (a member) or its list slot
 * swapped for a value the base calls false (a known-false value, or any value of a complete list); only the
 * value is printed. Lists take part when their curators said what the members are ({@link FactList#membersAre}).
 */
final class MemberItems {

    /** Facts looked at beyond those needed, for when some cannot take a place. */
    private static final int SPARE = 3;

    private MemberItems() {}

    /** The anchor's list when a members item can be built around it: the list says what its members are. */
    static Optional<FactList> listOf(Fact anchor, FactIndex index) {
        if (anchor.list() == null || !StatementSet.judgeable(anchor)) return Optional.empty();
        FactList list = index.base().lists().get(anchor.list().name());
        return list == null || list.membersAre() == null ? Optional.empty() : Optional.of(list);
    }

    /** The claims, one per place, each true where {@code shownTrue} says; the anchor takes one of them. */
    static Optional<List<Claim>> build(Material material, Fact anchor, Pool pool, boolean[] shownTrue, Random random) {
        FactList list = listOf(anchor, material.index()).orElse(null);
        if (list == null || !askable(anchor, pool)) return Optional.empty();
        int n = shownTrue.length;
        List<Fact> others = pool.near(
                anchor,
                t -> List.of(),
                material.index().list(list.name()),
                n - 1 + SPARE,
                random,
                f -> StatementSet.judgeable(f) && askable(f, pool));
        List<Fact> facts = new ArrayList<>(List.of(anchor));
        facts.addAll(others);
        Claim[] claims = new Claim[n];
        Set<String> shown = new HashSet<>();
        // the anchor first, in a place of its own; then the others fill the places left
        int anchorPlace = random.nextInt(n);
        claims[anchorPlace] = claim(material, anchor, shownTrue[anchorPlace], pool, random, shown);
        if (claims[anchorPlace] == null) return Optional.empty();
        Iterator<Fact> rest = others.iterator();
        for (int i = 0; i < n; i++) {
            while (claims[i] == null && rest.hasNext())
                claims[i] = claim(material, rest.next(), shownTrue[i], pool, random, shown);
            if (claims[i] == null) return Optional.empty();
        }
        return Optional.of(List.of(claims));
    }

    /** What a members item prints for the claim: the value it puts in its fact's list slot. */
    static String shown(Claim claim) {
        return claim.slot(claim.fact().list().slot()).display();
    }

    /** The fact as it is, or with its list slot swapped for a false value, unless that value is already shown. */
    private static Claim claim(
            Material material, Fact fact, boolean asTrue, Pool pool, Random random, Set<String> shown) {
        if (asTrue) {
            Claim c = Claim.of(fact);
            return shown.add(Texts.normalise(shown(c))) ? c : null;
        }
        if (!pool.mayShowFalse(fact)) return null;
        Slot slot = fact.slots().get(fact.list().slot());
        List<Slot> wrong = material.wrongValues(
                fact,
                slot,
                1,
                random,
                pool,
                (candidate, chosen) -> !shown.contains(Texts.normalise(candidate.display())));
        if (wrong.isEmpty()) return null;
        shown.add(Texts.normalise(wrong.get(0).display()));
        return Claim.swapped(fact, wrong.get(0));
    }

    /** A quiz that is not a detail drill asks only core slots. */
    private static boolean askable(Fact fact, Pool pool) {
        return pool.detail() || fact.isCore(fact.slots().get(fact.list().slot()));
    }
}
