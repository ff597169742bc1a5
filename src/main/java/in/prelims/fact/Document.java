package in.prelims.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A source document prepared for the provenance check: its values found and its words normalised. */
record Document(String words, List<FoundValue> values) {

    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,\\-–—/*_()\\[\\]\"'’‘“”:;!?%$•#]+");

    static Document of(String raw) {
        String text = TAGS.matcher(raw).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&");
        return new Document(normalise(text), ValueFinder.find(text));
    }

    /** Lower case, markup and punctuation gone, so "8th April, 2017" matches "8th april 2017". */
    static String normalise(String text) {
        String plain = TAGS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        return " "
                + SEPARATORS
                        .matcher(plain)
                        .replaceAll(" ")
                        .replaceAll("\\.(?!\\d)", " ")
                        .replaceAll("\\s+", " ")
                        .trim() + " ";
    }

    boolean contains(Slot slot, Gazetteer gazetteer) {
        if (values.stream().anyMatch(v -> same(slot, v))) return true;
        return SlotForms.textForms(slot, gazetteer).stream()
                .map(Document::normalise)
                .anyMatch(words::contains);
    }

    private static boolean same(Slot slot, FoundValue v) {
        return switch (slot.kind()) {
            case DATE -> v.type().equals("date") && v.value().equals(slot.value());
            case MONTH ->
                (v.type().equals("month") && v.value().equals(slot.value()))
                        || (v.type().equals("date") && v.value().startsWith(slot.value()));
            case YEAR ->
                v.value().equals(slot.value())
                        && (v.type().equals("year") || v.type().equals("number"));
            case FISCAL_YEAR -> v.type().equals("fiscal-year") && v.value().equals(slot.value());
            case NUMBER, COUNT -> figure(v) && equal(v.absolute(), Scales.absolute(slot.value(), slot.scale()));
            case MONEY ->
                figure(v)
                        && (v.currency() == null || v.currency().equals(slot.currency()))
                        && equal(v.absolute(), Scales.absolute(slot.value(), slot.scale()));
            case PERCENT -> slot.to() == null && v.type().equals("percent") && equal(v.absolute(), num(slot.value()));
            case DURATION ->
                v.type().equals("duration")
                        && v.unit().equals(slot.unit().replaceAll("s$", "") + "s")
                        && equal(v.absolute(), num(slot.value()));
            case ORDINAL -> v.type().equals("ordinal") && v.value().equals(slot.value());
            case ENTITY -> false;
        };
    }

    private static boolean figure(FoundValue v) {
        return List.of("number", "money", "year", "duration").contains(v.type());
    }

    private static BigDecimal num(String value) {
        return new BigDecimal(value);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
