package in.prelims.generation;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generates many papers over many seeds and counts, per kind, what a tool can judge of an item's
 * content: trivia keys, distractors outside the stem's constraint, percentages over 100, stem
 * echoes, values called false only because a list left them out, and explanations that do not
 * address a wrong value. The first five are mechanical defects; the rest are figures to watch.
 */
final class ContentLint {

    /** Counted per kind; the mechanical ones must be zero. */
    enum Defect {
        TRIVIA_KEY("keys on context (trivia)", true),
        OUTSIDE_CONSTRAINT("distractor outside the stem's constraint (type, country, role, class)", true),
        PERCENT_OVER_100("percentage over 100", true),
        ECHO("stem echoes the key", true),
        FALSE_BY_ABSENCE("false only because a list did not name it", true),
        EXPLANATION_SILENT("explanation does not mention a wrong value", true),
        CONTRAST_ONLY("wrong value explained only by contrast (no note or fact)", false),
        FIGURE_OF_ANOTHER_FACT("wrong figure that another fact states", true);

        final String label;
        final boolean mechanical;

        Defect(String label, boolean mechanical) {
            this.label = label;
            this.mechanical = mechanical;
        }
    }

    private final Engine engine;
    private final FactBase base;
    private final Echo echo;
    private final Reasons reasons;
    final Map<Kind, Integer> items = new EnumMap<>(Kind.class);
    final Map<Kind, Map<Defect, Integer>> counts = new EnumMap<>(Kind.class);
    final List<String> examples = new ArrayList<>();

    ContentLint(Engine engine) {
        this.engine = engine;
        this.base = engine.index().base();
        this.echo = new Echo(base.gazetteer());
        this.reasons = new Reasons(engine.index());
    }

    /** For every kind: {@code seeds} papers of {@code count} items of that kind alone. */
    ContentLint run(int seeds, int count, boolean detail) {
        for (Kind kind : Kind.values()) {
            for (int seed = 1; seed <= seeds; seed++) {
                QuestionRequest request = new QuestionRequest(count, seed, Set.of(kind), Set.of(), Set.of(), detail);
                engine.generate(request, (q, d) -> check(q, d, detail));
            }
        }
        return this;
    }

    int mechanical() {
        return counts.values().stream()
                .flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().mechanical)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private void check(Question q, Draft d, boolean detail) {
        items.merge(q.kind(), 1, Integer::sum);
        if (!detail && keysOnContext(d)) count(q, Defect.TRIVIA_KEY, "");
        List<Claim> wrong = wrongClaims(d);
        for (Claim c : wrong) {
            Slot s = c.swapped();
            if (!admitted(c)) count(q, Defect.OUTSIDE_CONSTRAINT, s.display());
            if (s.kind() == SlotKind.PERCENT && over100(s)) count(q, Defect.PERCENT_OVER_100, s.display());
            if (!engine.index().mayCallFalse(c.fact(), s)) count(q, Defect.FALSE_BY_ABSENCE, s.display());
            if (!Texts.containsWords(q.explanation(), s.display())) count(q, Defect.EXPLANATION_SILENT, s.display());
            else if (reasons.why(c).isEmpty()) count(q, Defect.CONTRAST_ONLY, s.display());
            if (engine.index().statesFigure(s)) count(q, Defect.FIGURE_OF_ANOTHER_FACT, s.display());
        }
        if (d.key() != null && q.kind() != Kind.FLASHCARD) {
            List<String> others = new ArrayList<>(q.options());
            others.remove(q.answer());
            Optional<String> e = echo.of(q.stem(), d.key(), others);
            e.ifPresent(w -> count(q, Defect.ECHO, w));
        }
    }

    /** The claims that put a wrong value in a slot: wrong options, false statements, mismatched pairs. */
    private static List<Claim> wrongClaims(Draft d) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < d.claims().size(); i++) {
            Claim c = d.claims().get(i);
            if (c.swapped() == null || d.kind() == Kind.FLASHCARD) continue;
            boolean valueOption = d.key() != null;
            if (valueOption && i == d.answer()) continue;
            Slot own = c.fact().slots().get(c.swapped().name());
            if (!own.value().equals(c.swapped().value())) out.add(c);
        }
        return out;
    }

    private static boolean keysOnContext(Draft d) {
        if (d.kind() == Kind.CHRONOLOGY) {
            return d.facts().stream().anyMatch(f -> !f.isCore(f.eventSlot().orElseThrow()));
        }
        if (d.key() != null) {
            Claim keyClaim = d.claims().get(d.answer());
            return !keyClaim.fact()
                    .isCore(keyClaim.fact().slots().get(keyClaim.swapped().name()));
        }
        for (Claim c : d.claims()) {
            Fact f = c.fact();
            if (!f.isCore()) return true;
            if (c.swapped() != null && !f.isCore(f.slots().get(c.swapped().name()))) return true;
        }
        return false;
    }

    private boolean admitted(Claim c) {
        Slot s = c.swapped();
        if (s.kind() != SlotKind.ENTITY) return true;
        Entity candidate = base.gazetteer().find(s.value()).orElse(null);
        Entity key =
                base.gazetteer().find(c.fact().slots().get(s.name()).value()).orElse(null);
        return candidate != null
                && candidate.type().equals(s.type())
                && s.constraint().admits(s.type(), key, candidate);
    }

    private static boolean over100(Slot s) {
        BigDecimal top = new BigDecimal(s.to() == null ? s.value() : s.to());
        return top.compareTo(BigDecimal.valueOf(100)) > 0;
    }

    private void count(Question q, Defect defect, String what) {
        counts.computeIfAbsent(q.kind(), k -> new EnumMap<>(Defect.class)).merge(defect, 1, Integer::sum);
        if (defect.mechanical && examples.size() < 20)
            examples.add(defect + " " + what + ": " + q.stem() + " " + q.statements() + " " + q.options());
    }

    /** A Markdown table: one row per kind, one column per defect. */
    String table() {
        StringBuilder out = new StringBuilder("| kind | items |");
        for (Defect d : Defect.values())
            out.append(' ')
                    .append(d.label)
                    .append(d.mechanical ? "" : " (watch)")
                    .append(" |");
        out.append("\n|---|---:|");
        for (int i = 0; i < Defect.values().length; i++) out.append("---:|");
        Map<Defect, Integer> total = new LinkedHashMap<>();
        int all = 0;
        for (Kind kind : Kind.values()) {
            int n = items.getOrDefault(kind, 0);
            all += n;
            out.append("\n| ").append(kind.slug()).append(" | ").append(n).append(" |");
            for (Defect d : Defect.values()) {
                int c = counts.getOrDefault(kind, Map.of()).getOrDefault(d, 0);
                total.merge(d, c, Integer::sum);
                out.append(' ').append(c).append(" |");
            }
        }
        out.append("\n| **all** | ").append(all).append(" |");
        for (Defect d : Defect.values())
            out.append(' ').append(total.getOrDefault(d, 0)).append(" |");
        return out.append('\n').toString();
    }
}
