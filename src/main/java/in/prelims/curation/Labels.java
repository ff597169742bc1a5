package in.prelims.curation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's label proposed from the value the curator clicked, for the curator to keep or edit: the words
 * the document puts before the value ("an initial outlay of Rs. 19,744 crore" gives "Initial outlay"), its
 * unit ("1,466 coastal villages"), what it is said to be ("... will be the nodal ministry"), or for a date
 * the name and the verb ("..., which was launched in 2010"), joined to the document's subject, the name its
 * title gives ("Initial outlay of the National Coastal Resilience Mission"). Never the fact's text.
 */
final class Labels {

    private static final Pattern OF_BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:(?:an?|the|its|their|of)\\s+)?([A-Za-z][a-z-]+(?:\\s+[a-z][a-z-]+)?)\\s+(?:of|at)\\s+"
                    + "(?:(?:over|about|nearly|around|up to|more than|some|almost|approximately)\\s+)?$");
    private static final Pattern IS_AFTER =
            Pattern.compile("^,?\\s+(?:will be|would be|is|was|are|were|shall be|as)\\s+(?:the\\s+|a\\s+|an\\s+)?"
                    + "([a-z][a-z-]+(?:\\s+[a-z][a-z-]+)?)");
    private static final Pattern PAST = Pattern.compile(
            "\\b(approved|launched|signed|announced|inaugurated|adopted|released|notified|established|founded"
                    + "|started|began|unveiled|ratified|enacted|constituted|commissioned)\\b");
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(approves|launches|signs|announces|inaugurates|adopts|releases|notifies|unveils|ratifies|enacts"
                    + "|constitutes|commissions)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NOT_HEADS = List.of("the", "an", "a", "and", "which", "that", "it", "this");

    private Labels() {}

    /** The document's subject: the longest name (new or known) its title gives, or null. */
    static String subject(String text, String title, List<Analysis.Mention> names) {
        int at = title == null || title.isBlank() ? -1 : text.indexOf(title);
        if (at < 0) return null;
        return names.stream()
                .filter(m -> m.start() >= at && m.end() <= at + title.length())
                .filter(m -> m.text().contains(" "))
                .max(Comparator.comparingInt(m -> m.text().length()))
                .map(Analysis.Mention::text)
                .orElse(null);
    }

    /** A label for a fact about {@code value}, or null when the document says nothing to build one from. */
    static String forValue(
            String text,
            Analysis.Sentence sentence,
            int start,
            int end,
            String type,
            String unit,
            String subject,
            String titleVerb,
            List<Analysis.Mention> names) {
        // a value may run past its sentence ("FY 2023 -" at a line's end, "24" on the next)
        String before = text.substring(Math.min(sentence.start(), start), start);
        String after = text.substring(end, Math.max(end, sentence.end()));
        String head = switch (type) {
            case "date", "month", "year", "fiscal-year" -> {
                String verb = lastMatch(PAST, before).orElse(null);
                if (verb == null) verb = firstMatch(PAST, after).orElse(titleVerb);
                if (verb == null)
                    yield switch (type) {
                        case "date" -> "Date";
                        case "month" -> "Month";
                        case "fiscal-year" -> "Financial year";
                        default -> "Year";
                    };
                String name = nearestName(names, sentence, start).orElse(subject);
                yield name == null ? null : "=" + name + " " + verb;
            }
            case "number", "count" -> unit != null ? unit : of(before).orElse(null);
            case "money" -> of(before).orElse("Amount");
            case "percent" -> of(before).orElse("Share");
            case "duration" -> "Period";
            case "ordinal" -> "Rank";
            case "acronym", "name" -> is(after).or(() -> of(before)).orElse(null);
            default -> is(after).or(() -> of(before)).orElse(type.replace('-', ' '));
        };
        if (head == null) return null;
        if (head.startsWith("=")) return head.substring(1);
        String label = capital(head);
        return subject == null || label.contains(subject) ? label : label + " of the " + subject;
    }

    /** "Cabinet approves National Coastal Resilience Mission": "approved". */
    static String titleVerb(String title) {
        if (title == null) return null;
        Matcher m = PRESENT.matcher(title);
        if (!m.find()) return null;
        String v = m.group(1).toLowerCase(Locale.ROOT);
        if (v.endsWith("ies")) return v.substring(0, v.length() - 3) + "ied";
        if (v.endsWith("ches") || v.endsWith("shes")) return v.substring(0, v.length() - 2) + "ed";
        if (v.endsWith("es")) return v.substring(0, v.length() - 1) + "d";
        return v.substring(0, v.length() - 1) + "ed";
    }

    private static Optional<String> of(String before) {
        Matcher m = OF_BEFORE.matcher(before);
        if (!m.find()) return Optional.empty();
        String head = m.group(1);
        if (NOT_HEADS.contains(head.split("\\s+")[0].toLowerCase(Locale.ROOT))) return Optional.empty();
        return Optional.of(head);
    }

    private static Optional<String> is(String after) {
        Matcher m = IS_AFTER.matcher(after);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        String last = null;
        while (m.find()) last = m.group(1);
        return Optional.ofNullable(last);
    }

    private static Optional<String> firstMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The last name of two words or more before the value in its sentence. */
    private static Optional<String> nearestName(List<Analysis.Mention> names, Analysis.Sentence s, int start) {
        return names.stream()
                .filter(m ->
                        m.start() >= s.start() && m.end() <= start && m.text().contains(" "))
                .max(Comparator.comparingInt(Analysis.Mention::start))
                .map(Analysis.Mention::text);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
