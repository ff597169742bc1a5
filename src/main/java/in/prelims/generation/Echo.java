package in.prelims.generation;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stem that echoes its key: it shares a word root with the key (persistent / Persistence) or an
 * acronym one letter off (CIRT / CERT-In) that no wrong option shares, so the wording alone points
 * at the answer. Country names and words every option of the field shares are not tells.
 */
final class Echo {

    /** Letters compared when two words are judged to share a root. */
    private static final int ROOT = 5;

    private static final int MIN_WORD = 4;

    private static final Set<String> COMMON = Set.of(
            "which",
            "what",
            "following",
            "with",
            "from",
            "that",
            "this",
            "under",
            "into",
            "their",
            "national",
            "ministry",
            "minister",
            "agreement",
            "initiative",
            "exercise",
            "cooperation",
            "between",
            "about",
            "international",
            "government",
            "union",
            "india",
            "indian");

    private final Set<String> countryWords = new HashSet<>();
    private final Gazetteer gazetteer;

    Echo(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Entity c : gazetteer.ofType("country")) {
            c.allNames().forEach(n -> countryWords.addAll(words(n)));
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Za-z]+");

    /**
     * The echoed word, when the stem gives the key away by its wording. Options are compared as shown: an
     * alias the reader never sees cannot give anything away.
     */
    Optional<String> of(String stem, String key, List<String> wrongOptions) {
        List<String> stemWords = words(stem);
        Set<String> wrongRoots = null;
        for (String w : words(key)) {
            if (w.length() < MIN_WORD || COMMON.contains(w) || countryWords.contains(w)) continue;
            if (!sharesRoot(stemWords, w)) continue;
            if (wrongRoots == null) {
                wrongRoots = new HashSet<>();
                for (String o : wrongOptions) for (String x : words(o)) wrongRoots.add(root(x));
            }
            if (!wrongRoots.contains(root(w))) return Optional.of(w);
        }
        List<String> keyAcronyms = acronyms(key);
        if (keyAcronyms.isEmpty()) return Optional.empty();
        List<String> stemAcronyms = acronyms(stem);
        for (String a : keyAcronyms) {
            for (String s : stemAcronyms) {
                if (!s.equals(a) && oneLetterOff(a, s)) return Optional.of(s + "/" + a);
            }
        }
        return Optional.empty();
    }

    /** Whether a stem word shares {@code w}'s root or extends it. */
    private static boolean sharesRoot(List<String> stemWords, String w) {
        int rootLength = Math.min(w.length(), ROOT);
        for (String s : stemWords) {
            if ((Math.min(s.length(), ROOT) == rootLength && s.regionMatches(0, w, 0, rootLength)) || s.startsWith(w))
                return true;
        }
        return false;
    }

    private static String root(String word) {
        return word.length() <= ROOT ? word : word.substring(0, ROOT);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Upper-case tokens of three letters or more: CERT, CIRT, IPOI. */
    private static List<String> acronyms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTER.split(text)) if (w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT))) out.add(w);
        return out;
    }

    private static boolean oneLetterOff(String a, String b) {
        if (a.length() != b.length()) return false;
        int diff = 0;
        for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) diff++;
        return diff == 1;
    }
}
