package in.prelims.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds typed values in a document as Indian releases write them, each normalised to the schema:
 * "Rs. 19,744 crore" (money 19744 crore INR), "1,46,000" (number 146000), "Six lakh jobs" (number 6
 * lakh), "Eight lakh crore", "US$ 1.67 billion", "50 billion yen", "14 per cent", "over four years",
 * "72 hours", "13th", and the dates {@link DateFinder} reads.
 */
public final class ValueFinder {

    private static final String CURRENCY = "(?<cur>Rs\\.?|INR|₹|US\\$|USD|A\\$|AUD|JPY|¥|\\$)";
    private static final String FIGURE = "(?<num>\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String WORDS = "(?<words>(?<![\\w-])" + NumberWords.PATTERN + ")";
    private static final String SCALE =
            "(?:[\\s-]*(?<scale>lakh[\\s-]+crores?|lakhs?|lacs?|crores?|cr\\b|thousand|millions?|billions?|mn\\b|bn\\b))";
    private static final String AFTER = "(?:\\s*(?<after>%|per\\s?cent\\b|percent\\b|yen\\b|rupees\\b|dollars\\b"
            + "|(?<unit>hours?|days?|weeks?|months?|years?)\\b))";
    private static final Pattern FIGURES = Pattern.compile(
            "(?:" + CURRENCY + "\\s*)?(?:" + FIGURE + "|" + WORDS + ")(?![\\d,.]\\d)" + SCALE + "?" + AFTER + "?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(\\d{1,3})(st|nd|rd|th)\\b|\\b(" + String.join("|", NumberWords.ORDINALS.subList(1, 13)) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private ValueFinder() {}

    /** Every value found, in document order; where two readings overlap, dates win over figures. */
    public static List<FoundValue> find(String text) {
        return find(text, false);
    }

    /**
     * As {@link #find(String)}; with {@code bareWords}, a spelt-out number without scale, unit or currency
     * ("nine coastal States") is a {@code count} too. The provenance check leaves it out: "one" is
     * everywhere; the studio offers it to the curator.
     */
    public static List<FoundValue> find(String text, boolean bareWords) {
        List<FoundValue> out = new ArrayList<>(DateFinder.find(text));
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null
                    ? m.group(1)
                    : String.valueOf(NumberWords.ORDINALS.indexOf(m.group(3).toLowerCase(Locale.ROOT)));
            add(out, new FoundValue("ordinal", m.start(), m.end(), m.group(), n, null, null, null));
        }
        m = FIGURES.matcher(text);
        while (m.find()) {
            FoundValue found = figure(m, bareWords);
            if (found != null) add(out, found);
        }
        out.sort(Comparator.comparingInt(FoundValue::start));
        return out;
    }

    private static void add(List<FoundValue> out, FoundValue found) {
        if (out.stream().noneMatch(found::overlaps)) out.add(found);
    }

    private static FoundValue figure(Matcher m, boolean bareWords) {
        String scale = Scales.ofWord(m.group("scale"));
        String after = m.group("after") == null ? null : m.group("after").toLowerCase(Locale.ROOT);
        String currency = currency(m.group("cur"), after);
        String value;
        if (m.group("num") != null) {
            value = new BigDecimal(m.group("num").replace(",", ""))
                    .stripTrailingZeros()
                    .toPlainString();
        } else {
            // a spelt-out number is a figure only with a scale, a unit or a currency: "Six lakh", "four years"
            boolean bare = scale == null && after == null && currency == null;
            if (bare && !bareWords) return null;
            value = String.valueOf(NumberWords.value(m.group("words")));
            if (bare)
                return new FoundValue("count", m.start(), m.end(), m.group().trim(), value, null, null, null);
        }
        String type;
        String unit = null;
        if (after != null && (after.equals("%") || after.contains("cent"))) type = "percent";
        else if (currency != null) type = "money";
        else if (m.group("unit") != null) {
            type = "duration";
            unit = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "") + "s";
        } else if (scale == null && value.matches("(1[89]|20)\\d\\d")) type = "year";
        else type = "number";
        return new FoundValue(type, m.start(), m.end(), m.group().trim(), value, scale, currency, unit);
    }

    private static String currency(String prefix, String after) {
        String c = prefix != null ? prefix.toUpperCase(Locale.ROOT) : after;
        if (c == null) return null;
        return switch (c) {
            case "RS", "RS.", "INR", "₹", "rupees" -> "INR";
            case "US$", "USD", "$", "dollars" -> "USD";
            case "A$", "AUD" -> "AUD";
            case "JPY", "¥", "yen" -> "JPY";
            default -> null;
        };
    }
}
