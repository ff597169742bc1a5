package in.prelims.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text cut at its {@code {name}} placeholders, filled at its exact length. Braces only ever enclose a name:
 * texts come from validated files. Templates are cut once and kept ({@link Phrasing#fill}).
 */
final class SplitText {

    private final String[] literals;
    private final String[] names;
    private final String tail;

    private SplitText(String[] literals, String[] names, String tail) {
        this.literals = literals;
        this.names = names;
        this.tail = tail;
    }

    static SplitText of(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) break;
            literals.add(text.substring(from, open));
            names.add(text.substring(open + 1, close));
            from = close + 1;
        }
        return new SplitText(literals.toArray(String[]::new), names.toArray(String[]::new), text.substring(from));
    }

    /** The text with each {@code {name}} replaced by {@code value.apply(name)}, or left as it is where that is null. */
    String fill(Function<String, String> value) {
        String[] filled = new String[names.length];
        int length = tail.length();
        for (int i = 0; i < names.length; i++) {
            String v = value.apply(names[i]);
            filled[i] = v == null ? "{" + names[i] + "}" : v;
            length += literals[i].length() + filled[i].length();
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < names.length; i++) out.append(literals[i]).append(filled[i]);
        return out.append(tail).toString();
    }
}
