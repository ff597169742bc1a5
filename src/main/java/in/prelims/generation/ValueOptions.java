package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The key and three wrong values for one slot, arranged so the key sits at the wanted position.
 * Dates and figures are shown in ascending order, as the exam does; when the wrong values found
 * cannot put the key at the wanted position that way, there is no item (another anchor is tried).
 */
record ValueOptions(List<Slot> values, int answer) {

    static final int OPTIONS = 4;
    /** Wrong values looked at when choosing three: to order figures around the key or to match lengths. */
    private static final int POOL = 8;

    static Optional<ValueOptions> of(Material material, Fact fact, Slot key, int position, Random random, Pool pool) {
        boolean ordered = key.kind().isTemporal() || key.kind().isNumeric();
        List<Slot> wrong = material.wrongValues(fact, key, POOL, random, pool);
        if (!ordered) wrong = alikeInLength(key, wrong);
        if (wrong.size() < OPTIONS - 1) return Optional.empty();
        if (ordered) return sortedAround(key, wrong, position);
        List<Slot> values = new ArrayList<>(wrong.subList(0, OPTIONS - 1));
        values.add(position, key);
        return Optional.of(new ValueOptions(values, position));
    }

    /** Wrong values, in their order, that keep every option of similar length to the key and each other. */
    private static List<Slot> alikeInLength(Slot key, List<Slot> wrong) {
        List<Slot> kept = new ArrayList<>();
        List<String> shown = new ArrayList<>(List.of(key.display()));
        for (Slot w : wrong) {
            shown.add(w.display());
            if (QualityGate.similarLength(shown)) kept.add(w);
            else shown.remove(shown.size() - 1);
            if (kept.size() == OPTIONS - 1) break;
        }
        return kept;
    }

    /** {@code position} wrong values below the key and the rest above, all ascending. */
    private static Optional<ValueOptions> sortedAround(Slot key, List<Slot> wrong, int position) {
        Map<Slot, BigDecimal> figures = new IdentityHashMap<>();
        figures.put(key, Figures.of(key));
        for (Slot w : wrong) figures.put(w, Figures.of(w));
        Comparator<Slot> ascending = Comparator.comparing(figures::get);
        List<Slot> below =
                wrong.stream().filter(s -> ascending.compare(s, key) < 0).toList();
        List<Slot> above =
                wrong.stream().filter(s -> ascending.compare(s, key) > 0).toList();
        int needAbove = OPTIONS - 1 - position;
        if (below.size() < position || above.size() < needAbove) return Optional.empty();
        List<Slot> values = new ArrayList<>(below.subList(0, position));
        values.add(key);
        values.addAll(above.subList(0, needAbove));
        values.sort(ascending);
        return Optional.of(new ValueOptions(values, values.indexOf(key)));
    }

    List<String> shown() {
        return values.stream().map(Slot::display).toList();
    }

    List<Claim> claims(Fact fact) {
        return values.stream().map(v -> Claim.swapped(fact, v)).toList();
    }

    static List<OptionMeaning> meanings() {
        List<OptionMeaning> out = new ArrayList<>();
        for (int i = 0; i < OPTIONS; i++) out.add(new OptionMeaning.Holds(i));
        return out;
    }
}
