package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;

/**
 * The key and three wrong values for one slot, arranged so the key sits at the wanted position.
 * Dates and figures are shown in ascending order, as the exam does; when the wrong values found
 * cannot put the key at the wanted position that way, there is no item (another anchor is tried).
 */
record ValueOptions(List<Slot> values, int answer) {

    static final int OPTIONS = 4;

    static Optional<ValueOptions> of(Material material, Fact fact, Slot key, int position, Random random, Pool pool) {
        if (!material.mayOffer(key, OPTIONS - 1)) return Optional.empty();
        boolean ordered = key.kind().isTemporal() || key.kind().isNumeric();
        BiPredicate<Slot, List<Slot>> room = ordered ? sideWithRoom(key, position) : alikeInLength(key);
        List<Slot> wrong = material.wrongValues(fact, key, OPTIONS - 1, random, pool, room);
        if (wrong.size() < OPTIONS - 1) return Optional.empty();
        List<Slot> values = new ArrayList<>(wrong);
        if (ordered) {
            values.add(key);
            values.sort(Comparator.comparing(Figures::of));
        } else values.add(position, key);
        return Optional.of(new ValueOptions(values, values.indexOf(key)));
    }

    /** A wrong value with a length like the key's and those chosen before it. */
    private static BiPredicate<Slot, List<Slot>> alikeInLength(Slot key) {
        return (candidate, chosen) -> {
            List<String> shown = new ArrayList<>(chosen.size() + 2);
            shown.add(key.display());
            for (Slot c : chosen) shown.add(c.display());
            shown.add(candidate.display());
            return QualityGate.similarLength(shown);
        };
    }

    /**
     * Dates and figures are shown ascending, so a key at {@code position} needs that many wrong values below it and
     * the rest above: a wrong value on a side with a place left.
     */
    private static BiPredicate<Slot, List<Slot>> sideWithRoom(Slot key, int position) {
        BigDecimal figure = Figures.of(key);
        return (candidate, chosen) -> {
            int side = Figures.of(candidate).compareTo(figure);
            if (side == 0) return false;
            int below = 0;
            for (Slot c : chosen) if (Figures.of(c).compareTo(figure) < 0) below++;
            return side < 0 ? below < position : chosen.size() - below < OPTIONS - 1 - position;
        };
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
