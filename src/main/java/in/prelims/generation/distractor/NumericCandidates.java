package in.prelims.generation.distractor;

import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Numbers that keep the key's unit, scale, currency and precision: 3.2 million becomes 2.3,
 * 1.6 or 4.8 million, never 8 million, 3.20 million or 3,200,000.
 */
final class NumericCandidates {

    private static final double[] FACTORS = {0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.4, 1.5, 1.75, 2, 2.5};
    /** Whole numbers below this move by small steps; above it they scale like other numbers. */
    private static final int SMALL = 12;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Integer> STEPS = List.of(-4, -3, -2, -1, 1, 2, 3, 4, 5, 6);

    private NumericCandidates() {}

    static List<Slot> of(Slot key, Random random) {
        return of(key, random, false);
    }

    /** Every figure {@link #of} can offer for the key, whatever the random order: each step and factor once. */
    static List<Slot> every(Slot key) {
        return of(key, null, true);
    }

    private static List<Slot> of(Slot key, Random random, boolean every) {
        BigDecimal value = new BigDecimal(key.value()).stripTrailingZeros();
        boolean whole = switch (key.kind()) {
            case COUNT, DURATION, ORDINAL -> true;
            default -> false;
        };
        List<Slot> out = new ArrayList<>(13);
        String swapped = digitSwap(value);
        if (swapped != null) addInRange(out, key, new BigDecimal(swapped));
        if (whole && value.compareTo(BigDecimal.valueOf(SMALL)) < 0) {
            List<Integer> steps = new ArrayList<>(STEPS);
            if (!every) Collections.shuffle(steps, random);
            for (int step : steps) {
                BigDecimal v = value.add(BigDecimal.valueOf(step));
                if (v.signum() > 0) addInRange(out, key, v);
            }
            return out;
        }
        int precision = Math.max(value.precision(), 2);
        MathContext rounding = new MathContext(precision, RoundingMode.HALF_UP);
        int decimals = Math.max(value.scale(), 0);
        for (int i = 0; i < FACTORS.length; i++) {
            double factor = every ? FACTORS[i] : FACTORS[random.nextInt(FACTORS.length)];
            BigDecimal v = value.multiply(BigDecimal.valueOf(factor)).round(rounding);
            if (v.scale() > decimals) v = v.setScale(decimals, RoundingMode.HALF_UP);
            if (whole) v = v.setScale(0, RoundingMode.HALF_UP);
            if (v.signum() > 0 && Math.max(v.stripTrailingZeros().scale(), 0) == decimals) addInRange(out, key, v);
        }
        return out;
    }

    /** The same slot with a new figure (a percent range keeps its width), when the figure is in range. */
    private static void addInRange(List<Slot> out, Slot key, BigDecimal v) {
        BigDecimal width = key.to() == null ? null : new BigDecimal(key.to()).subtract(new BigDecimal(key.value()));
        BigDecimal top = width == null ? v : v.add(width);
        if (!inRange(key.kind(), v, top)) return;
        String plain = v.stripTrailingZeros().toPlainString();
        out.add(
                width == null
                        ? key.withValue(plain)
                        : key.withValue(plain, top.stripTrailingZeros().toPlainString()));
    }

    /** A share is at most 100 per cent; nothing counted, dated or priced is zero or less. */
    private static boolean inRange(SlotKind kind, BigDecimal value, BigDecimal top) {
        if (kind == SlotKind.PERCENT && top.compareTo(HUNDRED) > 0) return false;
        return value.signum() > 0;
    }

    /** 3.2 -> 2.3, 36 -> 63: a classic plausible slip; null when it would not change the value. */
    private static String digitSwap(BigDecimal value) {
        String s = value.toPlainString();
        String digits = s.replace(".", "");
        if (digits.length() != 2 || digits.charAt(0) == digits.charAt(1) || digits.charAt(1) == '0') return null;
        String reversed = new StringBuilder(digits).reverse().toString();
        return s.contains(".") ? reversed.charAt(0) + "." + reversed.charAt(1) : reversed;
    }
}
