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
 * A relation with three roles makes rows of three columns ("Consider the following information"),
 * a wrong row showing one of its second or third column's values wrongly; its phrasings have a
 * {@code row} text, and only they serve it.
 *
 * <p>A relation whose matched columns are all dates (initiative : year launched) tests a date, not a concept; a
 * moderator strikes it from a paper (chronology items order dated events). Such a relation makes pairs only in a
 * detail drill; default papers match concepts: an agreement and what it is about, a minister and a post.
 */
final class PairsGenerator implements Generator {

    private final Material material;

    PairsGenerator(Material material) {
        this.material = material;
    }

    @Override
    public boolean suits(Fact anchor, Phrasing phrasing) {
        return anchor.relation() == null || anchor.relation().threeColumns() == phrasing.has("row");
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        Relation relation = anchor.relation();
        if (!usable(anchor) || !suits(anchor, phrasing)) return Optional.empty();
        if (!pool.detail() && matchesOnlyDates(anchor)) return Optional.empty();
        if (printed(phrasing, Claim.of(anchor), pool)) return Optional.empty();
        boolean askingCorrect = phrasing.askingCorrect();
        boolean counting = !phrasing.counts().isEmpty();
        int n = counting ? new CountOptions(phrasing.counts(), position).statements() : phrasing.number("statements");
        List<Fact> facts = members(anchor, pool, phrasing, n, random);
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
        // what each matched column shows so far: true rows whole, wrong rows in the columns they keep
        List<Set<String>> shown = new ArrayList<>();
        for (int column = 1; column < relation.columns().size(); column++) shown.add(new HashSet<>());
        for (int i = 0; i < n; i++) if (shownTrue[i]) show(facts.get(i), shown, -1);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<Claim> claim = shownTrue[i]
                    ? Optional.of(Claim.of(facts.get(i)))
                    : mismatched(facts.get(i), shown, phrasing, random, pool);
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
                            material.index().render(facts.get(i)),
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

    /** Whether the fact's relation matches its left column with dates only (a year launched): a detail, not a concept. */
    static boolean matchesOnlyDates(Fact fact) {
        Relation r = fact.relation();
        if (r == null) return false;
        for (String column : r.matched()) {
            Slot slot = fact.slots().get(column);
            if (slot == null || !slot.kind().isTemporal()) return false;
        }
        return true;
    }

    /** No column disputed: a pair whose truth depends on which source you believe is never shown. */
    private static boolean usable(Fact fact) {
        Relation r = fact.relation();
        return r != null && r.columns().stream().noneMatch(fact.disputed()::containsKey);
    }

    /**
     * The anchor and other facts of its relation, each with values of its own in every column and a row no earlier
     * item of the paper prints (another source's same pair).
     */
    private List<Fact> members(Fact anchor, Pool pool, Phrasing phrasing, int n, Random random) {
        Relation r = anchor.relation();
        int columns = r.columns().size();
        List<Set<String>> taken = new ArrayList<>();
        for (int column = 0; column < columns; column++) taken.add(new HashSet<>(Set.of(value(anchor, column))));
        List<Fact> out = new ArrayList<>(List.of(anchor));
        out.addAll(pool.near(
                anchor,
                t -> List.of(),
                material.index().relation(r.name()),
                n - 1,
                random,
                f -> usable(f)
                        && f.relation().columns().size() == columns
                        && !printed(phrasing, Claim.of(f), pool)
                        && takeAll(f, taken)));
        Collections.shuffle(out, random);
        return out;
    }

    /** Adds the fact's value in every column when none is taken yet; false, taking nothing, otherwise. */
    private boolean takeAll(Fact f, List<Set<String>> taken) {
        for (int column = 0; column < taken.size(); column++) {
            if (taken.get(column).contains(value(f, column))) return false;
        }
        for (int column = 0; column < taken.size(); column++) taken.get(column).add(value(f, column));
        return true;
    }

    private String value(Fact f, int column) {
        return material.index()
                .canonical()
                .of(f.slots().get(f.relation().columns().get(column)));
    }

    /** Records the fact's values in the matched columns, all but {@code except} (a column index, or -1). */
    private void show(Fact f, List<Set<String>> shown, int except) {
        for (int column = 1; column <= shown.size(); column++) {
            if (column != except) shown.get(column - 1).add(value(f, column));
        }
    }

    /**
     * The fact with one matched column swapped for a typed value no other row shows in that column, so
     * every column's values stay distinct; for three columns the column is chosen at random.
     */
    private Optional<Claim> mismatched(
            Fact fact, List<Set<String>> shown, Phrasing phrasing, Random random, Pool pool) {
        List<Integer> columns = new ArrayList<>();
        for (int column = 1; column <= shown.size(); column++) columns.add(column);
        Collections.shuffle(columns, random);
        for (int column : columns) {
            if (!keepsOthersDistinct(fact, column, shown)) continue;
            Slot kept = fact.slots().get(fact.relation().columns().get(column));
            Set<String> inColumn = shown.get(column - 1);
            List<Slot> wrong = material.wrongValues(
                    fact,
                    kept,
                    1,
                    random,
                    pool,
                    (candidate, chosen) -> material.satisfies(kept, candidate)
                            && !inColumn.contains(material.index().canonical().of(candidate))
                            && !printed(phrasing, Claim.swapped(fact, candidate), pool));
            if (wrong.isEmpty()) continue;
            inColumn.add(material.index().canonical().of(wrong.get(0)));
            show(fact, shown, column);
            return Optional.of(Claim.swapped(fact, wrong.get(0)));
        }
        return Optional.empty();
    }

    /** Whether the row's true values in the columns it keeps are not shown by another row already. */
    private boolean keepsOthersDistinct(Fact fact, int swapped, List<Set<String>> shown) {
        for (int column = 1; column <= shown.size(); column++) {
            if (column != swapped && shown.get(column - 1).contains(value(fact, column))) return false;
        }
        return true;
    }

    /** Whether an earlier item of the paper prints the claim's row: the paper would repeat it. */
    private static boolean printed(Phrasing phrasing, Claim c, Pool pool) {
        return pool.printsStatement(pair(phrasing, c));
    }

    /** A pair "left : right", or a row "left : middle : right", in the phrasing's wording. */
    private static String pair(Phrasing phrasing, Claim c) {
        Relation r = c.fact().relation();
        if (r.threeColumns()) {
            return phrasing.fill(
                    "row",
                    Map.of(
                            "left", c.slot(r.left()).display(),
                            "middle", c.slot(r.middle()).display(),
                            "right", c.slot(r.right()).display()));
        }
        return phrasing.fill(
                "pair",
                Map.of(
                        "left",
                        c.slot(r.left()).display(),
                        "right",
                        c.slot(r.right()).display()));
    }
}
