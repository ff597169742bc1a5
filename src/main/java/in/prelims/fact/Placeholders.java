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
            int end = i + 1;
            while (end < text.length() && nameChar(text.charAt(end))) end++;
            if (end > i + 1 && end < text.length() && text.charAt(end) == '}') {
                names.add(text.substring(i + 1, end));
                i = end;
            } else {
                strayBrace = true;
            }
        }
        return new Placeholders(names, strayBrace);
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
