package in.prelims.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the declared lists with the facts naming their members: checks them, derives each list's
 * members, and gives every member fact the other members as {@code also-true} values.
 */
final class Lists {

    private final Map<String, FactList> byName;
    private final List<Fact> facts;

    private Lists(Map<String, FactList> byName, List<Fact> facts) {
        this.byName = byName;
        this.facts = facts;
    }

    Map<String, FactList> byName() {
        return byName;
    }

    List<Fact> facts() {
        return facts;
    }

    static Lists build(List<FactList> declared, List<Fact> facts, Gazetteer gazetteer, List<FactError> errors) {
        Map<String, FactList> lists = new LinkedHashMap<>();
        for (FactList l : declared) {
            FactList first = lists.putIfAbsent(l.name(), l);
            if (first != null) {
                errors.add(new FactError(
                        l.file(),
                        l.line(),
                        "list '" + l.name() + "' is already declared at " + first.file() + ":" + first.line()));
            }
        }
        Map<String, List<Fact>> members = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.list() == null) continue;
            if (!lists.containsKey(f.list().name())) {
                errors.add(new FactError(
                        f.file(),
                        f.line(),
                        "fact '" + f.id() + "' names list '" + f.list().name()
                                + "', which no file declares under 'lists'"));
                continue;
            }
            members.computeIfAbsent(f.list().name(), k -> new ArrayList<>()).add(f);
        }
        Map<String, FactList> built = new LinkedHashMap<>();
        lists.forEach((name, l) -> {
            List<Fact> of = members.getOrDefault(name, List.of());
            if (of.isEmpty()) {
                errors.add(new FactError(l.file(), l.line(), "list '" + name + "' has no member facts"));
                return;
            }
            Set<String> values = new LinkedHashSet<>();
            of.forEach(f -> values.add(f.slots().get(f.list().slot()).value()));
            checkKnownFalse(l, of.get(0).slots().get(of.get(0).list().slot()), values, gazetteer, errors);
            Map<String, String> notes = new LinkedHashMap<>();
            l.knownFalse()
                    .forEach((v, note) -> notes.put(
                            v,
                            note != null
                                    ? note
                                    : gazetteer.find(v).map(Entity::note).orElse(null)));
            built.put(
                    name,
                    new FactList(
                            name,
                            l.complete(),
                            notes,
                            l.membersAre(),
                            List.copyOf(values),
                            l.file(),
                            l.line(),
                            l.statementsOnly()));
        });
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            FactList l = f.list() == null ? null : built.get(f.list().name());
            out.add(l == null ? f : withMembers(f, l));
        }
        return new Lists(built, out);
    }

    private static void checkKnownFalse(
            FactList l, Slot slot, Set<String> members, Gazetteer gazetteer, List<FactError> errors) {
        Set<String> lower = new LinkedHashSet<>();
        members.forEach(m -> lower.add(m.toLowerCase(Locale.ROOT)));
        l.knownFalse().forEach((value, note) -> {
            String where = "list '" + l.name() + "', known-false '" + value + "': ";
            if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                errors.add(new FactError(l.file(), l.line(), where + "it is also a member of the list"));
            }
            if (slot.kind() != SlotKind.ENTITY) return;
            Entity e = gazetteer.find(value).orElse(null);
            if (e == null || !e.type().equals(slot.type())) {
                errors.add(new FactError(
                        l.file(), l.line(), where + "not a " + slot.type() + " in " + GazetteerReader.FILE_NAME));
            } else if (note == null && e.note() == null) {
                errors.add(new FactError(
                        l.file(),
                        l.line(),
                        where + "needs a note saying why it is not a member (here or as the entity's note)"));
            }
        });
    }

    /** The other members join the fact's hand-written also-true values for its list slot. */
    private static Fact withMembers(Fact f, FactList l) {
        String slot = f.list().slot();
        String own = f.slots().get(slot).value();
        Set<String> values = new LinkedHashSet<>(f.alsoTrue(slot));
        l.members().stream().filter(m -> !m.equals(own)).forEach(values::add);
        Map<String, List<String>> alsoTrue = new LinkedHashMap<>(f.alsoTrue());
        alsoTrue.put(slot, List.copyOf(values));
        return f.withAlsoTrue(alsoTrue);
    }
}
