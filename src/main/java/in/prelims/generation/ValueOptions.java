package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The key and three wrong values for one slot, arranged so the key sits at the wanted position.
 * Dates and figures are shown in ascending order when the wrong values allow it, as the exam does.
 */
record ValueOptions(List<Slot> values, int answer) {

    static final int OPTIONS = 4;
    /** Wrong values looked at when trying to order figures around the key. */
    private static final int POOL = 10;

    static Optional<ValueOptions> of(Material material, Fact fact, Slot key, int position, Random random) {
        boolean ordered = key.kind().isTemporal() || key.kind().isNumeric();
        List<Slot> wrong = material.wrongValues(fact, key, ordered ? POOL : OPTIONS - 1, random);
        if (wrong.size() < OPTIONS - 1) return Optional.empty();
        if (ordered) {
            Optional<ValueOptions> sorted = sortedAround(key, wrong, position);
            if (sorted.isPresent()) return sorted;
        }
        List<Slot> values = new ArrayList<>(wrong.subList(0, OPTIONS - 1));
        values.add(position, key);
        return Optional.of(new ValueOptions(values, position));
    }

    /** {@code position} wrong values below the key and the rest above, all ascending. */
    private static Optional<ValueOptions> sortedAround(Slot key, List<Slot> wrong, int position) {
        Comparator<Slot> ascending = Comparator.comparing(Figures::of);
        List<Slot> below = wrong.stream().filter(s -> ascending.compare(s, key) < 0).toList();
        List<Slot> above = wrong.stream().filter(s -> ascending.compare(s, key) > 0).toList();
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
