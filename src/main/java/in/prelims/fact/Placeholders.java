package in.prelims.fact;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The slot names a fact's text writes as {@code {name}} (what {@link Fact#PLACEHOLDER} finds), in
 * order, and whether a brace is left outside them. Scanned by hand: the matcher was a large share of
 * loading a fact base.
 */
record Placeholders(Set<String> names, boolean strayBrace) {

    static Placeholders of(String text) {
        Set<String> names = new LinkedHashSet<>();
        boolean strayBrace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') strayBrace = true;
            if (c != '{') continue;
            int end = nameEnd(text, i);
            if (end >= 0) {
                names.add(text.substring(i + 1, end));
                i = end;
            } else {
                strayBrace = true;
            }
        }
        return new Placeholders(names, strayBrace);
    }

    /** Where the placeholder opened by the brace at {@code open} closes, or -1 when no placeholder opens there. */
    static int nameEnd(String text, int open) {
        int end = open + 1;
        while (end < text.length() && nameChar(text.charAt(end))) end++;
        return end > open + 1 && end < text.length() && text.charAt(end) == '}' ? end : -1;
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
