package in.prelims.generation;

import java.util.function.Function;
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

    /**
     * "USD 1,670.50 Million!" and "usd 1670.5 million" normalise alike: lower case, words and
     * figures separated by single spaces, thousands separators and trailing decimal zeros dropped.
     * One pass without regular expressions: it runs for every candidate of every question.
     */
    static String normalise(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean numeric = true;
        int dot = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                numeric &= Character.isDigit(c);
                continue;
            }
            boolean afterDigit = i > 0 && Character.isDigit(text.charAt(i - 1));
            if (c == ',' && afterDigit && thousandsFollow(text, i)) continue;
            if (c == '.' && afterDigit && numeric && dot < 0 && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                dot = out.length();
                out.append('.');
                continue;
            }
            if (numeric && dot >= 0) {
                while (out.length() - 1 > dot && out.charAt(out.length() - 1) == '0') out.setLength(out.length() - 1);
                if (out.length() - 1 == dot) out.setLength(dot);
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            numeric = true;
            dot = -1;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    /** Exactly three digits after position {@code comma}: "1,670" but not "1,67" or "1,6700". */
    private static boolean thousandsFollow(String text, int comma) {
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= text.length() || !Character.isDigit(text.charAt(comma + k))) return false;
        }
        return comma + 4 >= text.length() || !Character.isDigit(text.charAt(comma + 4));
    }

    /** Whether {@code part} occurs in {@code whole} as whole words, after normalising both. */
    static boolean containsWords(String whole, String part) {
        return padded(whole).contains(padded(part)) && !normalise(part).isEmpty();
    }

    /** The normalised text between single spaces, for whole-word searches with {@code contains}. */
    static String padded(String text) {
        return " " + normalise(text) + " ";
    }

    /**
     * {@code text} with each {@code {name}} replaced by {@code value.apply(name)}, or left as it is
     * when that gives null. Texts come from validated files: braces only ever enclose a name.
     */
    static String fill(String text, Function<String, String> value) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) break;
            String filled = value.apply(text.substring(open + 1, close));
            out.append(text, from, open).append(filled == null ? text.substring(open, close + 1) : filled);
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** A stable 64-bit FNV-1a hash, for ids and seeds that must not change between runs. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
