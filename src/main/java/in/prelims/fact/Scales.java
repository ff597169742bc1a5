package in.prelims.fact;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The scales a figure may carry, as the schema spells them, and what each multiplies by. */
public final class Scales {

    static final Map<String, BigDecimal> FACTORS = new LinkedHashMap<>();

    static {
        FACTORS.put("thousand", new BigDecimal("1e3"));
        FACTORS.put("lakh", new BigDecimal("1e5"));
        FACTORS.put("million", new BigDecimal("1e6"));
        FACTORS.put("crore", new BigDecimal("1e7"));
        FACTORS.put("billion", new BigDecimal("1e9"));
        FACTORS.put("lakh-crore", new BigDecimal("1e12"));
    }

    private Scales() {}

    /** The schema's name for a scale as documents write it ("Lakh Crores", "cr", "bn"), or null. */
    static String ofWord(String written) {
        if (written == null) return null;
        String w = written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").trim();
        if (w.matches("lakh crores?|lakh-crores?")) return "lakh-crore";
        if (w.matches("lakhs?|lacs?")) return "lakh";
        if (w.matches("crores?|cr")) return "crore";
        if (w.matches("thousand")) return "thousand";
        if (w.matches("millions?|mn")) return "million";
        if (w.matches("billions?|bn")) return "billion";
        return null;
    }

    /** The value times its scale. */
    static BigDecimal absolute(String value, String scale) {
        BigDecimal v = new BigDecimal(value);
        BigDecimal factor = scale == null ? BigDecimal.ONE : FACTORS.getOrDefault(scale, BigDecimal.ONE);
        return v.multiply(factor).stripTrailingZeros();
    }

    /** How the scale reads in prose: "lakh crore". */
    public static String words(String scale) {
        return scale == null ? null : scale.replace('-', ' ');
    }
}
