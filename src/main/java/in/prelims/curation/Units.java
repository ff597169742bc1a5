package in.prelims.curation;

import in.prelims.fact.FoundValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a release writes after a bare figure: "1,466 coastal villages in ..." gives "coastal villages",
 * "four Union Territories from" gives "Union Territories".
 */
final class Units {

    /** At most this many words: "automatic tide gauges". */
    static final int MAX_WORDS = 3;

    private static final Pattern WORDS = Pattern.compile("\\G[ \\t]+([A-Za-z][a-z-]*|[A-Z]{2,})");
    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "of", "on", "or",
            "over", "per", "than", "that", "the", "to", "under", "was", "were", "which", "who", "will", "with", "would",
            "have", "has", "had", "live", "lives", "across", "along", "each", "every");

    private Units() {}

    /** The lower-case words after a number or count without a unit, up to a stop word or punctuation; null if none. */
    static String after(FoundValue v, String text) {
        if (!(v.type().equals("number") || v.type().equals("count")) || v.unit() != null) return null;
        Matcher m = WORDS.matcher(text).region(v.end(), text.length());
        List<String> words = new ArrayList<>();
        while (words.size() < MAX_WORDS && m.find()) {
            if (STOP.contains(m.group(1).toLowerCase(Locale.ROOT))) break;
            words.add(m.group(1));
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
