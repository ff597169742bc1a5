package in.prelims.curation;

import static in.prelims.curation.YamlText.blank;
import static in.prelims.curation.YamlText.scalar;

import in.prelims.fact.FactList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a source file as a curator would: a new file whole, and an existing one by adding the new
 * facts (and lists) to its text, so its comments and facts stay as they were.
 */
final class SourceWriter {

    private SourceWriter() {}

    static String newFile(Draft draft) {
        return newFile(draft, Map.of());
    }

    /**
     * A new source file; lists declared in {@code elsewhere} (the base's other files) are not declared again.
     *
     * @throws ListMerge.Conflict when the draft contradicts such a declaration
     */
    static String newFile(Draft draft, Map<String, FactList> elsewhere) {
        List<Draft.DraftList> fresh =
                ListMerge.apply(draft.source().id() + ".yaml", new ArrayList<>(), elsewhere, drafted(draft));
        Draft.DraftSource s = draft.source();
        StringBuilder out = new StringBuilder("# Written with the curation studio; edit here or in the studio.\n");
        out.append("source:\n");
        out.append("  id: ").append(scalar(s.id())).append('\n');
        out.append("  title: ").append(scalar(s.title())).append('\n');
        out.append("  publisher: ").append(scalar(s.publisher())).append('\n');
        out.append("  published: ").append(scalar(s.published())).append('\n');
        out.append("  document: ").append(scalar(s.document())).append('\n');
        out.append("  topics: ")
                .append(YamlText.list(s.topics() == null ? List.of() : s.topics()))
                .append('\n');
        if (!blank(s.reliability()))
            out.append("  reliability: ").append(scalar(s.reliability())).append('\n');
        String lists = declarations(fresh);
        if (!lists.isEmpty()) out.append("lists:\n").append(lists);
        out.append("facts:\n").append(facts(draft));
        return out.toString();
    }

    static String merge(String existing, Draft draft) {
        return merge(existing, draft, Map.of());
    }

    /**
     * The existing text with the draft's lists and facts added; the source block is kept as it is. A list
     * the file declares already keeps its one declaration, with the draft's new known-false values added to
     * it; a list declared in {@code elsewhere} (the base's other files) is not declared again.
     *
     * @throws ListMerge.Conflict when the draft contradicts a declaration
     */
    static String merge(String existing, Draft draft, Map<String, FactList> elsewhere) {
        List<String> lines = new ArrayList<>(existing.lines().toList());
        String lists = declarations(ListMerge.apply(draft.source().id() + ".yaml", lines, elsewhere, drafted(draft)));
        if (!lists.isEmpty()) {
            int at = topLevel(lines, "lists:");
            if (at >= 0) lines.add(at + 1, lists.stripTrailing());
            else lines.add(topLevel(lines, "facts:"), "lists:\n" + lists.stripTrailing());
        }
        int facts = topLevel(lines, "facts:");
        int next = facts + 1;
        while (next < lines.size()
                && (lines.get(next).isEmpty()
                        || Character.isWhitespace(lines.get(next).charAt(0))
                        || lines.get(next).startsWith("#")
                        || lines.get(next).startsWith("-"))) next++;
        lines.add(next, "\n" + facts(draft).stripTrailing());
        return String.join("\n", lines) + "\n";
    }

    private static int topLevel(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key)) return i;
        return -1;
    }

    /** The draft's lists, the first drafted of each name. */
    private static List<Draft.DraftList> drafted(Draft draft) {
        Map<String, Draft.DraftList> declared = new LinkedHashMap<>();
        for (Draft.DraftFact f : draft.facts()) {
            if (f.list() != null && !blank(f.list().name()))
                declared.putIfAbsent(f.list().name(), f.list());
        }
        return List.copyOf(declared.values());
    }

    private static String declarations(List<Draft.DraftList> lists) {
        StringBuilder out = new StringBuilder();
        lists.forEach(list -> {
            String name = list.name();
            out.append("  - name: ").append(scalar(name)).append('\n');
            out.append("    complete: ")
                    .append(Boolean.TRUE.equals(list.complete()))
                    .append('\n');
            if (!blank(list.membersAre()))
                out.append("    members-are: ")
                        .append(scalar(list.membersAre().trim()))
                        .append('\n');
            if (list.knownFalse() != null && !list.knownFalse().isEmpty()) {
                out.append("    known-false:\n");
                list.knownFalse()
                        .forEach((value, why) -> out.append("      ")
                                .append(scalar(value))
                                .append(": ")
                                .append(scalar(why))
                                .append('\n'));
            }
        });
        return out.toString();
    }

    private static String facts(Draft draft) {
        StringBuilder out = new StringBuilder();
        for (Draft.DraftFact f : Expansion.facts(draft)) {
            if (!out.isEmpty()) out.append('\n');
            out.append("  - id: ").append(scalar(f.id())).append('\n');
            out.append("    text: ").append(scalar(f.text())).append('\n');
            out.append("    label: ").append(scalar(f.label())).append('\n');
            out.append("    salience: ")
                    .append(scalar(blank(f.salience()) ? "core" : f.salience()))
                    .append('\n');
            out.append("    slots:\n");
            if (f.slots() != null)
                f.slots()
                        .forEach((name, slot) -> out.append("      ")
                                .append(name)
                                .append(": ")
                                .append(slot(slot))
                                .append('\n'));
            if (f.ask() != null && f.ask().values().stream().anyMatch(a -> !blank(a))) {
                out.append("    ask:\n");
                f.ask().forEach((name, q) -> {
                    if (!blank(q))
                        out.append("      ")
                                .append(name)
                                .append(": ")
                                .append(scalar(q))
                                .append('\n');
                });
            }
            if (f.topics() != null && !f.topics().isEmpty()) {
                out.append("    topics: ").append(YamlText.list(f.topics())).append('\n');
            }
            flowList(out, "not-topics", f.notTopics());
            Draft.DraftRelation r = f.relation();
            if (r != null && !blank(r.name())) {
                out.append("    relation: {name: ")
                        .append(scalar(r.name()))
                        .append(", left: ")
                        .append(scalar(r.left()))
                        .append(blank(r.middle()) ? "" : ", middle: " + scalar(r.middle()))
                        .append(", right: ")
                        .append(scalar(r.right()))
                        .append("}\n");
            }
            if (!blank(f.event()))
                out.append("    event: ").append(scalar(f.event())).append('\n');
            if (!blank(f.explainedBy()))
                out.append("    explained-by: ").append(scalar(f.explainedBy())).append('\n');
            if (f.list() != null && !blank(f.list().name())) {
                out.append("    list: {name: ")
                        .append(scalar(f.list().name()))
                        .append(", slot: ")
                        .append(scalar(f.list().slot()))
                        .append("}\n");
            }
            flowList(out, "covers", f.covers());
        }
        return out.toString();
    }

    /** {@code key: [a, b]} with the names given, trimmed; nothing when none is given. */
    private static void flowList(StringBuilder out, String key, List<String> names) {
        if (names == null) return;
        List<String> given =
                names.stream().filter(n -> !blank(n)).map(String::trim).toList();
        if (!given.isEmpty())
            out.append("    ")
                    .append(key)
                    .append(": ")
                    .append(YamlText.list(given))
                    .append('\n');
    }

    private static String slot(Draft.DraftSlot s) {
        StringBuilder out = new StringBuilder("{type: ")
                .append(scalar(s.type()))
                .append(", value: ")
                .append(scalar(s.value()));
        if (!blank(s.scale())) out.append(", scale: ").append(scalar(s.scale()));
        if (!blank(s.unit())) out.append(", unit: ").append(scalar(s.unit()));
        if (!blank(s.currency())) out.append(", currency: ").append(scalar(s.currency()));
        if (!blank(s.to())) out.append(", to: ").append(scalar(s.to()));
        return out.append('}').toString();
    }

    /** New entities as flow lines appended to {@code entities.yaml}. */
    static String entities(String existing, List<Draft.DraftEntity> entities) {
        StringBuilder out = new StringBuilder(existing);
        if (!existing.endsWith("\n")) out.append('\n');
        for (Draft.DraftEntity e : entities) {
            if (blank(e.name())) continue;
            out.append("  - {name: ")
                    .append(scalar(e.name()))
                    .append(", type: ")
                    .append(scalar(e.type()));
            if (!blank(e.country())) out.append(", country: ").append(scalar(e.country()));
            if (!blank(e.role())) out.append(", role: ").append(scalar(e.role()));
            if (e.aliases() != null && !e.aliases().isEmpty())
                out.append(", aliases: ").append(YamlText.list(e.aliases()));
            out.append("}\n");
        }
        return out.toString();
    }
}
