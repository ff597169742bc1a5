package in.prelims.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One true statement from one source, with typed slots a question can blank or swap.
 *
 * @param text     the statement with {@code {slot}} placeholders
 * @param alsoTrue slot name to other values that would also make the statement true
 * @param event    the temporal slot dating this fact for chronologies, or null
 * @param disputed slot name to a note on why sources disagree; such slots are never asked
 * @param salience whether the fact is a core exam point or context (default core)
 * @param list     the list this fact names a member of, with the slot holding the member, or null
 * @param file     file and line the fact was read from, for messages
 * @param explainedBy the id of the fact that explains this one (Statement-I / Statement-II items), or null
 * @param covers   the lists, and the facts, whose content this fact restates in other words (the definition of POPs
 *                 names every defining trait): a paper holding it asks nothing on them, and the other way round
 */
public record Fact(
        String id,
        String text,
        String label,
        Map<String, Slot> slots,
        Map<String, String> ask,
        Map<String, List<String>> alsoTrue,
        List<String> topics,
        Relation relation,
        String event,
        Map<String, String> disputed,
        Salience salience,
        ListRef list,
        Source source,
        String file,
        int line,
        String explainedBy,
        List<String> covers) {

    public Fact {
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    /** A fact that names no fact explaining it and restates nothing. */
    public Fact(
            String id,
            String text,
            String label,
            Map<String, Slot> slots,
            Map<String, String> ask,
            Map<String, List<String>> alsoTrue,
            List<String> topics,
            Relation relation,
            String event,
            Map<String, String> disputed,
            Salience salience,
            ListRef list,
            Source source,
            String file,
            int line) {
        this(
                id, text, label, slots, ask, alsoTrue, topics, relation, event, disputed, salience, list, source, file,
                line, null, List.of());
    }

    /** The fact's {@code slot} names a member of the list {@code name}. */
    public record ListRef(String name, String slot) {}

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

    /** The statement with every slot filled. */
    public String render() {
        return fill(name -> null, null, null);
    }

    /** The statement with {@code swapped} (or nothing, when null) in its slot and the fact's own values elsewhere. */
    public String render(Slot swapped) {
        return swapped == null ? render() : fill(name -> swapped.name().equals(name) ? swapped : null, null, null);
    }

    /** The statement with the given slots replaced (by name) and the rest filled from the fact. */
    public String render(Map<String, Slot> replaced) {
        return fill(replaced::get, null, null);
    }

    /** The statement with one slot shown as {@code blank}, for cloze items. */
    public String renderBlank(String slotName, String blank) {
        return fill(name -> null, slotName, blank);
    }

    /**
     * Each {@link #PLACEHOLDER} replaced, found as {@link Placeholders} finds them (no matcher per statement): by
     * {@code blank} for {@code blankName}, else by the slot {@code replaced} gives or the fact's own, as shown there
     * ({@link Slot#shownAt}).
     */
    private String fill(Function<String, Slot> replaced, String blankName, String blank) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int end = Placeholders.nameEnd(text, open);
            if (end < 0) continue;
            String name = text.substring(open + 1, end);
            String value;
            if (name.equals(blankName)) value = blank;
            else {
                Slot slot = replaced.apply(name);
                value = Objects.requireNonNull(slot != null ? slot : slots.get(name))
                        .shownAt(text, open);
            }
            out.append(text, from, open).append(value);
            from = end + 1;
            open = end;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Slots a question may blank or swap: every slot not marked disputed. */
    public List<Slot> askableSlots() {
        // a loop, not a stream: generators ask for it many times per item
        List<Slot> out = new ArrayList<>(slots.size());
        for (Slot s : slots.values()) if (!disputed.containsKey(s.name())) out.add(s);
        return Collections.unmodifiableList(out);
    }

    public Optional<Slot> eventSlot() {
        return Optional.ofNullable(event).map(slots::get);
    }

    /** Whether a question may key on this slot in a default (non-detail) quiz. */
    public boolean isCore(Slot slot) {
        return (slot.salience() == null ? salience : slot.salience()) == Salience.CORE;
    }

    /** Whether some askable slot is a core exam point. */
    public boolean isCore() {
        for (Slot s : slots.values()) if (!disputed.containsKey(s.name()) && isCore(s)) return true;
        return false;
    }

    /** Whether {@code slotName} holds this fact's list member. */
    public boolean isListSlot(String slotName) {
        return list != null && list.slot().equals(slotName);
    }

    /** The same fact with other slots (its entities named with their articles). */
    Fact withSlots(Map<String, Slot> other) {
        return new Fact(
                id,
                text,
                label,
                other,
                ask,
                alsoTrue,
                topics,
                relation,
                event,
                disputed,
                salience,
                list,
                source,
                file,
                line,
                explainedBy,
                covers);
    }

    /** The same fact with more also-true values (the other members of its list). */
    Fact withAlsoTrue(Map<String, List<String>> more) {
        return new Fact(
                id,
                text,
                label,
                slots,
                ask,
                more,
                topics,
                relation,
                event,
                disputed,
                salience,
                list,
                source,
                file,
                line,
                explainedBy,
                covers);
    }

    /** Whether this fact restates the list or fact {@code name} in other words. */
    public boolean covers(String name) {
        return covers.contains(name);
    }

    public List<String> alsoTrue(String slotName) {
        return alsoTrue.getOrDefault(slotName, List.of());
    }
}
