package in.prelims.generation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text comparisons that ignore case, punctuation and number formatting. */
final class Texts {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\d+\\.\\d*?)0+(?!\\d)");
    private static final Pattern BARE_POINT = Pattern.compile("(\\d+)\\.(?!\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    /** A template placeholder such as {statement} left unfilled. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9_-]+}");

    private Texts() {}

    /** "USD 1,670.50 Million!" and "usd 1670.5 million" normalise alike. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        s = THOUSANDS.matcher(s).replaceAll("");
        s = TRAILING_ZEROS.matcher(s).replaceAll("$1");
        s = BARE_POINT.matcher(s).replaceAll("$1 ");
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = s.replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Whether {@code part} occurs in {@code whole} as whole words, after normalising both. */
    static boolean containsWords(String whole, String part) {
        String p = normalise(part);
        return !p.isEmpty() && (" " + normalise(whole) + " ").contains(" " + p + " ");
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

    /** "Statement." -> "Statement": for joining a sentence into a longer one. */
    static String withoutFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
