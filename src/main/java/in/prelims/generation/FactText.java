package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.Arrays;

/**
 * A fact's text cut at its placeholders, with each slot's value as shown there ({@link Slot#shownAt}) worked out
 * once: a claim that swaps one slot renders by joining the parts, the same text as {@link Claim#render()}. Kept per fact by the index, which renders a claim for every wrong value it checks.
 */
final class FactText {

    private final String text;
    /** Where each literal part before a placeholder starts and ends in {@link #text}: no copy of the literals is kept. */
    private final int[] literalStarts;

    private final int[] literalEnds;
    /** Each placeholder's slot name, the slot's own String where it is the same text. */
    private final String[] names;
    /** Each placeholder's slot as shown, or the placeholder itself where the slot shows nothing, as fill leaves it. */
    private final String[] shown;

    private final int tailStart;
    private final int length;

    private FactText(
            String text, int[] literalStarts, int[] literalEnds, String[] names, String[] shown, int tailStart) {
        this.text = text;
        this.literalStarts = literalStarts;
        this.literalEnds = literalEnds;
        this.names = names;
        this.shown = shown;
        this.tailStart = tailStart;
        int n = text.length() - tailStart;
        for (int i = 0; i < names.length; i++) n += literalEnds[i] - literalStarts[i] + shown[i].length();
        this.length = n;
    }

    /** The fact's text in parts, or null when a placeholder names no slot of the fact (rendering it would fail). */
    static FactText of(Fact fact) {
        String text = fact.text();
        int placeholders = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) placeholders++;
        int[] starts = new int[placeholders];
        int[] ends = new int[placeholders];
        String[] names = new String[placeholders];
        String[] shown = new String[placeholders];
        int count = 0;
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) break;
            String name = text.substring(open + 1, close);
            Slot slot = fact.slots().get(name);
            if (slot == null) return null;
            String display = slot.display();
            starts[count] = from;
            ends[count] = open;
            names[count] = name.equals(slot.name()) ? slot.name() : name;
            shown[count] = display == null ? text.substring(open, close + 1) : slot.shownAt(text, open);
            count++;
            from = close + 1;
        }
        return new FactText(
                text,
                Arrays.copyOf(starts, count),
                Arrays.copyOf(ends, count),
                Arrays.copyOf(names, count),
                Arrays.copyOf(shown, count),
                from);
    }

    /** The text with {@code blank} in slot {@code name} and the fact's own values elsewhere: {@link Fact#renderBlank}. */
    String renderBlank(String name, String blank) {
        StringBuilder out = new StringBuilder(length + blank.length());
        for (int i = 0; i < names.length; i++)
            out.append(text, literalStarts[i], literalEnds[i]).append(name.equals(names[i]) ? blank : shown[i]);
        return out.append(text, tailStart, text.length()).toString();
    }

    /** The text with {@code swapped} (or nothing, when null) in its slot and the fact's own values elsewhere. */
    String render(Slot swapped) {
        return appendTo(new StringBuilder(length + 32), swapped).toString();
    }

    /** {@link #render(Slot)} appended to {@code out}. */
    StringBuilder appendTo(StringBuilder out, Slot swapped) {
        for (int i = 0; i < names.length; i++) {
            out.append(text, literalStarts[i], literalEnds[i]);
            if (swapped != null && swapped.name().equals(names[i])) {
                out.append(swapped.display() == null ? "{" + names[i] + "}" : swapped.shownAt(text, literalEnds[i]));
            } else out.append(shown[i]);
        }
        return out.append(text, tailStart, text.length());
    }
}
