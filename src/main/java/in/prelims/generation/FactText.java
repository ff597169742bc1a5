package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact's text cut at its placeholders as {@link Texts#fill} reads them, with each slot's value as
 * shown worked out once: a claim that swaps one slot renders by joining the parts, the same text as
 * {@link Claim#render()}. Kept per fact by the index, which renders a claim for every wrong value it checks.
 */
final class FactText {

    private final String[] literals;
    private final String[] names;
    /** Each placeholder's slot as shown, or the placeholder itself where the slot shows nothing, as fill leaves it. */
    private final String[] shown;

    private final String tail;
    private final int length;

    private FactText(String[] literals, String[] names, String[] shown, String tail) {
        this.literals = literals;
        this.names = names;
        this.shown = shown;
        this.tail = tail;
        int n = tail.length();
        for (int i = 0; i < literals.length; i++) n += literals[i].length() + shown[i].length();
        this.length = n;
    }

    /** The fact's text in parts, or null when a placeholder names no slot of the fact (rendering it would fail). */
    static FactText of(Fact fact) {
        String text = fact.text();
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) break;
            String name = text.substring(open + 1, close);
            Slot slot = fact.slots().get(name);
            if (slot == null) return null;
            String display = slot.display();
            literals.add(text.substring(from, open));
            names.add(name);
            shown.add(display == null ? text.substring(open, close + 1) : display);
            from = close + 1;
        }
        return new FactText(
                literals.toArray(String[]::new),
                names.toArray(String[]::new),
                shown.toArray(String[]::new),
                text.substring(from));
    }

    /** The text with {@code blank} in slot {@code name} and the fact's own values elsewhere: {@link Fact#renderBlank}. */
    String renderBlank(String name, String blank) {
        StringBuilder out = new StringBuilder(length + blank.length());
        for (int i = 0; i < literals.length; i++)
            out.append(literals[i]).append(name.equals(names[i]) ? blank : shown[i]);
        return out.append(tail).toString();
    }

    /** The text with {@code swapped} (or nothing, when null) in its slot and the fact's own values elsewhere. */
    String render(Slot swapped) {
        return appendTo(new StringBuilder(length + 32), swapped).toString();
    }

    /** {@link #render(Slot)} appended to {@code out}. */
    StringBuilder appendTo(StringBuilder out, Slot swapped) {
        String swappedShown = null;
        for (int i = 0; i < literals.length; i++) {
            out.append(literals[i]);
            if (swapped != null && swapped.name().equals(names[i])) {
                if (swappedShown == null) {
                    String display = swapped.display();
                    swappedShown = display == null ? "{" + names[i] + "}" : display;
                }
                out.append(swappedShown);
            } else out.append(shown[i]);
        }
        return out.append(tail);
    }
}
