package in.prelims.generation;

import in.prelims.fact.NumberWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Text comparisons that ignore case, punctuation and number formatting. */
final class Texts {

    /** A template placeholder such as {statement} left unfilled. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_-]+}");

    /** Whether {@code text} holds a {@link #PLACEHOLDER}; a plain scan, as every served text is checked. */
    static boolean hasPlaceholder(String text) {
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int i = open + 1;
            while (i < text.length()
                    && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-'))
                i++;
            if (i > open + 1 && i < text.length() && text.charAt(i) == '}') return true;
        }
        return false;
    }

    private Texts() {}

    /** For ASCII: 0 separator, 1 digit, 2 letter (its lower case in {@link #LOWER}). */
    private static final byte[] ASCII = new byte[128];

    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    /** Each thread's buffer for {@link #normalise}: it runs for every candidate of every question. */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[256]);

    /**
     * "USD 1,670.50 Million!" and "usd 1670.5 million" normalise alike: lower case, words and
     * figures separated by single spaces, thousands separators and trailing decimal zeros dropped.
     * One pass without regular expressions (ASCII by table, the rest through {@link Character}).
     */
    static String normalise(CharSequence text) {
        return normalise(text, false);
    }

    /** The normalised text between single spaces, for whole-word searches with {@code contains}. */
    static String padded(CharSequence text) {
        return normalise(text, true);
    }

    private static String normalise(CharSequence text, boolean padded) {
        int n = text.length();
        // each character gives at most one, one space may follow the last, and padding adds two
        char[] out = BUFFER.get();
        if (out.length < n + 3) {
            out = new char[Math.max(n + 3, out.length * 2)];
            BUFFER.set(out);
        }
        int start = padded ? 1 : 0;
        int len = start;
        boolean numeric = true;
        int dot = -1;
        boolean prevDigit = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean digit;
            boolean letterOrDigit;
            if (c < 128) {
                byte t = ASCII[c];
                digit = t == 1;
                letterOrDigit = t != 0;
                if (letterOrDigit) c = LOWER[c];
            } else {
                digit = Character.isDigit(c);
                letterOrDigit = Character.isLetterOrDigit(c);
                if (letterOrDigit) c = Character.toLowerCase(c);
            }
            if (letterOrDigit) {
                out[len++] = c;
                numeric &= digit;
                prevDigit = digit;
                continue;
            }
            boolean afterDigit = prevDigit;
            prevDigit = false;
            if (c == ',' && afterDigit && thousandsFollow(text, i)) continue;
            if (c == '.' && afterDigit && numeric && dot < 0 && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                dot = len;
                out[len++] = '.';
                continue;
            }
            if (numeric && dot >= 0) {
                while (len - 1 > dot && out[len - 1] == '0') len--;
                if (len - 1 == dot) len = dot;
            }
            if (len > start && out[len - 1] != ' ') out[len++] = ' ';
            numeric = true;
            dot = -1;
        }
        while (len > start && out[len - 1] == ' ') len--;
        if (!padded) return new String(out, 0, len);
        out[0] = ' ';
        out[len++] = ' ';
        return new String(out, 0, len);
    }

    /** Exactly three digits after position {@code comma}: "1,670" but not "1,67" or "1,6700". */
    private static boolean thousandsFollow(CharSequence text, int comma) {
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= text.length() || !Character.isDigit(text.charAt(comma + k))) return false;
        }
        return comma + 4 >= text.length() || !Character.isDigit(text.charAt(comma + 4));
    }

    /** Whether {@code part} occurs in {@code whole} as whole words, after normalising both. */
    static boolean containsWords(String whole, String part) {
        return padded(whole).contains(padded(part)) && !normalise(part).isEmpty();
    }

    /**
     * The forms a value is printed in, each padded for whole-word search: the value, and for a whole
     * number under twenty also its word ("7" and "seven": "one of the seven pillars" states the count).
     */
    static List<String> paddedForms(String value) {
        String word = isSmallWholeNumber(value) ? NumberWords.word(Integer.parseInt(value)) : null;
        return word == null ? List.of(padded(value)) : List.of(padded(value), padded(word));
    }

    /** The months as {@link #normalise} writes them. */
    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    /**
     * Whether the padded {@code text} prints {@code word}, one of {@link #paddedForms}: a small number is not printed
     * by a date whose day it is ("7 October 2020" does not print the count 7, nor "October 7").
     */
    static boolean prints(String text, String word) {
        if (!isPaddedSmallNumber(word)) return text.contains(word);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            int nextEnd = text.indexOf(' ', after);
            int previousStart = at == 0 ? 0 : text.lastIndexOf(' ', at - 1) + 1;
            if (!isMonth(text, after, nextEnd < 0 ? text.length() : nextEnd) && !isMonth(text, previousStart, at))
                return true;
        }
        return false;
    }

    /** " 7 " or " 12 ": one or two digits between spaces, as {@link #paddedForms} writes a small number. */
    private static boolean isPaddedSmallNumber(String word) {
        int n = word.length();
        if (n < 3 || n > 4 || word.charAt(0) != ' ' || word.charAt(n - 1) != ' ') return false;
        for (int i = 1; i < n - 1; i++) if (word.charAt(i) < '0' || word.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isMonth(String text, int from, int to) {
        for (String month : MONTHS) if (month.length() == to - from && text.startsWith(month, from)) return true;
        return false;
    }

    /** One or two ASCII digits. */
    private static boolean isSmallWholeNumber(String value) {
        int n = value.length();
        if (n < 1 || n > 2) return false;
        for (int i = 0; i < n; i++) if (value.charAt(i) < '0' || value.charAt(i) > '9') return false;
        return true;
    }

    static final long HASH_START = 0xcbf29ce484222325L;

    /** A stable 64-bit FNV-1a hash, for ids and seeds that must not change between runs. */
    static long hash(String text) {
        return hash(HASH_START, text);
    }

    /** {@link #hash(String)} continued over {@code text}: hashing "ab" equals hashing "b" after "a". */
    static long hash(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
