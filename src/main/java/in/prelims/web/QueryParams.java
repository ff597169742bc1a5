package in.prelims.web;

import in.prelims.error.InvalidInputException;
import in.prelims.generation.Kind;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one parser of request values (query strings and forms): counts, seeds, choices, kinds, lists,
 * text. Every rejection is an {@link InvalidInputException} naming the parameter and saying what would
 * be accepted.
 */
public final class QueryParams {

    private QueryParams() {}

    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (blank(raw)) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new InvalidInputException(
                name, name + " must be a whole number from " + min + " to " + max + ", not \"" + raw + "\"");
    }

    /** The seed as given, or {@code absent} when none is (see {@link Seeds} for which to pass). */
    public static long seed(String raw, long absent) {
        if (blank(raw)) {
            return absent;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "seed", "seed must be a whole number (for example 42), not \"" + raw + "\"");
        }
    }

    /** A required whole number of any size, named for people by {@code label} ("The number of questions"). */
    public static long whole(String name, String label, String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, label + " must be a whole number (it was \"" + raw + "\")");
        }
    }

    public static boolean bool(String name, String raw, boolean defaultValue) {
        if (blank(raw)) {
            return defaultValue;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new InvalidInputException(name, name + " must be true or false, not \"" + raw + "\"");
        };
    }

    /** One of a fixed list of lower-case words; the default when absent. */
    public static String choice(String name, String raw, String defaultValue, String... allowed) {
        if (blank(raw)) {
            return defaultValue;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (Arrays.asList(allowed).contains(value)) {
            return value;
        }
        throw new InvalidInputException(
                name, name + " must be one of " + String.join(", ", allowed) + ", not \"" + raw + "\"");
    }

    /**
     * Whether {@code style} asks for the practice style (true/false and fill-in-the-blank besides the exam's
     * forms); absent or {@code upsc} is the exam style.
     */
    public static boolean practiceStyle(String style) {
        if (style == null || style.isBlank() || style.trim().equalsIgnoreCase("upsc")) return false;
        if (style.trim().equalsIgnoreCase("practice")) return true;
        throw new InvalidInputException(
                "style",
                "style: \"" + style.trim() + "\" is not a style; use upsc (the forms the exam sets) or practice "
                        + "(true or false and fill in the blank too)");
    }

    /** Kinds by slug, given repeated ({@code kinds=mcq&kinds=cloze}) or comma-separated. */
    public static Set<Kind> kinds(List<String> raw) {
        Set<Kind> kinds = new LinkedHashSet<>();
        for (String slug : list(raw)) {
            kinds.add(Kind.ofSlug(slug)
                    .orElseThrow(() -> new InvalidInputException(
                            "kinds",
                            "kinds: \"" + slug
                                    + "\" is not a question kind; use "
                                    + Arrays.stream(Kind.values())
                                            .map(Kind::slug)
                                            .collect(Collectors.joining(", ")))));
        }
        return kinds;
    }

    /** Topic or source slugs, given repeated or comma-separated; blanks are ignored. */
    public static Set<String> list(List<String> raw) {
        if (raw == null) {
            return Set.of();
        }
        return raw.stream()
                .filter(v -> v != null)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Free text a person typed (a title): trimmed, at most {@code max} characters, and printable:
     * control characters (line breaks, tabs, NUL) and broken surrogate pairs cannot be printed on a
     * PDF page or written in its metadata, so they are refused.
     */
    public static String text(String name, String raw, String defaultValue, int max) {
        if (blank(raw)) {
            return defaultValue;
        }
        String value = raw.strip();
        if (value.length() > max) {
            throw new InvalidInputException(
                    name, name + " must be at most " + max + " characters (it has " + value.length() + ")");
        }
        if (!printable(value)) {
            throw new InvalidInputException(
                    name,
                    name + " must be one line of printable text: remove line breaks, tabs and other control"
                            + " characters");
        }
        return value;
    }

    static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') return false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
