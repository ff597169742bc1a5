package in.prelims.fact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks that every slot value of a fact appears, in some usual form, in the document it cites. */
public final class Provenance {

    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,\\-–—/*_()\\[\\]\"'’‘“”:;!?%$•#]+");

    /** Small counts and ordinals are often spelt out: "seven central pillars", "the first-ever dialogue". */
    private static final List<String> NUMBER_WORDS = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static final List<String> ORDINAL_WORDS = List.of(
            "zeroth",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    private Provenance() {}

    /** Errors for values not found; a document that cannot be read is an error too. */
    public static List<FactError> check(FactBase base, Path documentsDir) {
        List<FactError> errors = new ArrayList<>();
        Map<String, String> documents = new HashMap<>();
        for (Fact fact : base.facts()) {
            String document =
                    documents.computeIfAbsent(fact.source().document(), name -> read(documentsDir.resolve(name)));
            if (document == null) {
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "document '" + fact.source().document() + "' is not in " + documentsDir));
                continue;
            }
            for (Slot slot : fact.slots().values()) {
                if (!found(slot, document, base.gazetteer())) {
                    errors.add(new FactError(
                            fact.file(),
                            fact.line(),
                            "fact '" + fact.id() + "', slot '" + slot.name() + "': '" + slot.value()
                                    + "' is not found in " + fact.source().document()));
                }
            }
        }
        return errors;
    }

    static boolean found(Slot slot, String normalisedDocument, Gazetteer gazetteer) {
        return forms(slot, gazetteer).stream().map(Provenance::normalise).anyMatch(normalisedDocument::contains);
    }

    /** The usual ways a value is written: "7 October 2020", "October 7, 2020", "8th April, 2017", ... */
    static List<String> forms(Slot slot, Gazetteer gazetteer) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE -> dateForms(LocalDate.parse(v));
            case MONTH -> {
                YearMonth m = YearMonth.parse(v);
                yield List.of(
                        monthName(m.getMonthValue(), TextStyle.FULL) + " " + m.getYear(),
                        monthName(m.getMonthValue(), TextStyle.SHORT) + " " + m.getYear());
            }
            case YEAR -> List.of(v);
            case COUNT ->
                Integer.parseInt(v) < NUMBER_WORDS.size()
                        ? List.of(v, NUMBER_WORDS.get(Integer.parseInt(v)))
                        : List.of(v);
            case NUMBER, MONEY ->
                slot.scale() == null ? List.of(SlotFormat.plain(v)) : List.of(SlotFormat.plain(v) + " " + slot.scale());
            case PERCENT ->
                slot.to() == null
                        ? List.of(SlotFormat.plain(v))
                        : List.of(
                                SlotFormat.plain(v) + " to " + SlotFormat.plain(slot.to()),
                                SlotFormat.plain(v) + " " + SlotFormat.plain(slot.to()));
            case DURATION ->
                List.of(v + " " + slot.unit(), v + " " + slot.unit().replaceAll("s$", ""));
            case ORDINAL ->
                Integer.parseInt(v) < ORDINAL_WORDS.size()
                        ? List.of(SlotFormat.ordinal(Integer.parseInt(v)), ORDINAL_WORDS.get(Integer.parseInt(v)))
                        : List.of(SlotFormat.ordinal(Integer.parseInt(v)));
            case ENTITY -> gazetteer.find(v).map(Entity::allNames).orElse(List.of(v));
        };
    }

    private static List<String> dateForms(LocalDate d) {
        String day = String.valueOf(d.getDayOfMonth());
        String nth = SlotFormat.ordinal(d.getDayOfMonth());
        String year = String.valueOf(d.getYear());
        List<String> forms = new ArrayList<>(List.of(d.toString()));
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
            String month = monthName(d.getMonthValue(), style);
            forms.addAll(List.of(
                    day + " " + month + " " + year,
                    nth + " " + month + " " + year,
                    month + " " + day + " " + year,
                    month + " " + nth + " " + year));
        }
        return forms;
    }

    private static String monthName(int month, TextStyle style) {
        return java.time.Month.of(month).getDisplayName(style, Locale.ENGLISH);
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

    private static String read(Path file) {
        try {
            return normalise(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
