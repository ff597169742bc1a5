package in.prelims.generation;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Slot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The test's own idea of what is true, written apart from the engine's {@link FactIndex}: a
 * statement is true when it reads like a fact of the base or one of its also-true variants.
 */
final class Oracle {

    private final FactBase base;
    private final Set<String> trueStatements = new HashSet<>();

    Oracle(FactBase base) {
        this.base = base;
        for (Fact f : base.facts()) {
            trueStatements.add(plain(f.render()));
            for (Slot s : f.slots().values()) {
                for (String other : f.alsoTrue(s.name())) {
                    trueStatements.add(plain(f.render(Map.of(s.name(), s.withValue(other)))));
                    base.gazetteer()
                            .find(other)
                            .map(Entity::name)
                            .ifPresent(
                                    name -> trueStatements.add(plain(f.render(Map.of(s.name(), s.withValue(name))))));
                }
            }
        }
    }

    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    boolean isTrue(String statement) {
        return trueStatements.contains(plain(statement));
    }

    /** Whether some fact of the list holds the shown value in its list slot, as written or as also true. */
    boolean isMember(String list, String shown) {
        for (Fact f : base.facts()) {
            if (f.list() == null || !f.list().name().equals(list)) continue;
            Slot s = f.slots().get(f.list().slot());
            if (plain(s.display()).equals(plain(shown))) return true;
            for (String other : f.alsoTrue(s.name())) if (plain(other).equals(plain(shown))) return true;
        }
        return false;
    }

    /**
     * Whether "left : right" (in the template's pair wording), or "left : middle : right" for a
     * three-column relation (its row wording), is stated by some fact of the relation.
     */
    boolean pairIsTrue(Phrasing phrasing, String relation, String pair) {
        for (Fact f : base.facts()) {
            if (f.relation() == null || !f.relation().name().equals(relation)) continue;
            Slot left = f.slots().get(f.relation().left());
            Slot right = f.slots().get(f.relation().right());
            Slot middle =
                    f.relation().threeColumns() ? f.slots().get(f.relation().middle()) : null;
            for (String r : values(f, right)) {
                for (String l : values(f, left)) {
                    for (String m : middle == null ? List.of("") : values(f, middle)) {
                        String shown = middle == null
                                ? phrasing.fill(
                                        "pair",
                                        Map.of(
                                                "left",
                                                left.withValue(l).display(),
                                                "right",
                                                right.withValue(r).display()))
                                : phrasing.fill(
                                        "row",
                                        Map.of(
                                                "left", left.withValue(l).display(),
                                                "middle", middle.withValue(m).display(),
                                                "right", right.withValue(r).display()));
                        if (plain(shown).equals(plain(pair))) return true;
                    }
                }
            }
        }
        return false;
    }

    private List<String> values(Fact f, Slot s) {
        List<String> out = new java.util.ArrayList<>(List.of(s.value()));
        out.addAll(f.alsoTrue(s.name()));
        return out;
    }

    /** Start and end day of an event at its granularity. */
    static LocalDate[] span(Fact f) {
        Slot s = f.slots().get(f.event());
        return switch (s.kind()) {
            case DATE -> new LocalDate[] {LocalDate.parse(s.value()), LocalDate.parse(s.value())};
            case MONTH ->
                new LocalDate[] {
                    YearMonth.parse(s.value()).atDay(1),
                    YearMonth.parse(s.value()).atEndOfMonth()
                };
            default ->
                new LocalDate[] {
                    LocalDate.of(Integer.parseInt(s.value()), 1, 1), LocalDate.of(Integer.parseInt(s.value()), 12, 31)
                };
        };
    }
}
