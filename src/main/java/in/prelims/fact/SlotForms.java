package in.prelims.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The ways a slot's value may be written in a document, for matching and for telling a curator. */
final class SlotForms {

    private static final Map<String, List<String>> CURRENCY_FORMS = Map.of(
            "INR", List.of("Rs. ", "Rs ", "INR ", "₹"),
            "USD", List.of("USD ", "US$ ", "$"),
            "AUD", List.of("AUD ", "A$ "),
            "JPY", List.of("JPY ", "¥"));

    private SlotForms() {}

    /** Forms matched as words in the normalised document (names, spelt-out counts, ranges). */
    static List<String> textForms(Slot slot, Gazetteer gazetteer) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE -> dateForms(IsoDates.date(v));
            case MONTH -> {
                YearMonth m = IsoDates.month(v);
                yield List.of(
                        month(m.getMonthValue(), TextStyle.FULL) + " " + m.getYear(),
                        month(m.getMonthValue(), TextStyle.SHORT) + " " + m.getYear());
            }
            case YEAR -> List.of(v);
            case FISCAL_YEAR -> FiscalYear.forms(v);
            case COUNT -> {
                String word = NumberWords.word(Integer.parseInt(v));
                yield word == null ? List.of(v) : List.of(v, word);
            }
            case MONEY -> List.of(); // a sum is matched by value and currency only
            case NUMBER ->
                slot.scale() == null
                        ? List.of(SlotFormat.plain(v))
                        : List.of(SlotFormat.plain(v) + " " + Scales.words(slot.scale()));
            case PERCENT ->
                slot.to() == null
                        ? List.of(SlotFormat.plain(v) + " per cent", SlotFormat.plain(v) + " percent")
                        : List.of(
                                SlotFormat.plain(v) + " to " + SlotFormat.plain(slot.to()),
                                SlotFormat.plain(v) + " " + SlotFormat.plain(slot.to()));
            case DURATION ->
                List.of(v + " " + slot.unit(), v + " " + slot.unit().replaceAll("s$", ""));
            case ORDINAL -> {
                int n = Integer.parseInt(v);
                yield n < NumberWords.ORDINALS.size()
                        ? List.of(SlotFormat.ordinal(n), NumberWords.ORDINALS.get(n))
                        : List.of(SlotFormat.ordinal(n));
            }
            case ENTITY -> gazetteer.find(v).map(Entity::allNames).orElse(List.of(v));
        };
    }

    /** Every form searched, as a person reads them: the word forms plus the figure in its usual spellings. */
    static List<String> forms(Slot slot, Gazetteer gazetteer) {
        Set<String> out = new LinkedHashSet<>();
        if (slot.kind() == SlotKind.NUMBER || slot.kind() == SlotKind.COUNT || slot.kind() == SlotKind.MONEY) {
            BigDecimal value = new BigDecimal(slot.value());
            String scale = slot.scale() == null ? "" : " " + Scales.words(slot.scale());
            List<String> prefixes = slot.kind() == SlotKind.MONEY
                    ? CURRENCY_FORMS.getOrDefault(slot.currency(), List.of(slot.currency() + " "))
                    : List.of("");
            for (String prefix : prefixes) {
                out.add(prefix + indian(value) + scale);
                out.add(prefix + SlotFormat.plain(slot.value()) + scale);
            }
            if (slot.scale() != null) out.add(indian(Scales.absolute(slot.value(), slot.scale())));
            if (slot.kind() == SlotKind.COUNT && NumberWords.word(value.intValue()) != null) {
                out.add(NumberWords.word(value.intValue()));
            }
            if (slot.scale() != null && value.scale() <= 0 && NumberWords.word(value.intValue()) != null) {
                out.add(NumberWords.word(value.intValue()) + scale);
            }
        } else if (slot.kind() == SlotKind.DATE) {
            LocalDate d = IsoDates.date(slot.value());
            out.addAll(dateForms(d));
            out.add(String.format(
                    "%02d-%s-%d", d.getDayOfMonth(), month(d.getMonthValue(), TextStyle.FULL), d.getYear()));
            out.add(String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        } else if (slot.kind() == SlotKind.PERCENT && slot.to() == null) {
            out.add(SlotFormat.plain(slot.value()) + "%");
            out.addAll(textForms(slot, gazetteer));
        } else {
            out.addAll(textForms(slot, gazetteer));
        }
        return List.copyOf(out);
    }

    /** Digits grouped the Indian way: 146000 as 1,46,000, 19744 as 19,744. */
    static String indian(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.')) : "";
        if (whole.length() <= 3) return whole + fraction;
        StringBuilder out = new StringBuilder(whole.substring(whole.length() - 3));
        String rest = whole.substring(0, whole.length() - 3);
        while (!rest.isEmpty()) {
            int cut = Math.max(rest.length() - 2, 0);
            out.insert(0, rest.substring(cut) + ",");
            rest = rest.substring(0, cut);
        }
        return out + fraction;
    }

    private static List<String> dateForms(LocalDate d) {
        String day = String.valueOf(d.getDayOfMonth());
        String nth = SlotFormat.ordinal(d.getDayOfMonth());
        String year = String.valueOf(d.getYear());
        List<String> forms = new ArrayList<>(List.of(d.toString()));
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
            String month = month(d.getMonthValue(), style);
            forms.addAll(List.of(
                    day + " " + month + " " + year,
                    nth + " " + month + " " + year,
                    month + " " + day + " " + year,
                    month + " " + nth + " " + year));
        }
        return forms;
    }

    private static String month(int month, TextStyle style) {
        return java.time.Month.of(month).getDisplayName(style, Locale.ENGLISH);
    }
}
