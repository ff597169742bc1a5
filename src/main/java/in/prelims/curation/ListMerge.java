package in.prelims.curation;

import static in.prelims.curation.YamlText.blank;
import static in.prelims.curation.YamlText.scalar;

import in.prelims.fact.FactError;
import in.prelims.fact.FactList;
import in.prelims.fact.YamlNode;
import in.prelims.fact.YamlReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A drafted list that is already declared keeps its one declaration: in the source file being written,
 * its new known-false values are added to the declaration's text; declared in another file, the
 * declaration is reused as it is. A draft that contradicts the declaration (another {@code complete} or
 * {@code members-are}, or known-false values the studio cannot add there) is refused in words, and nothing is
 * written.
 */
final class ListMerge {

    /** The draft contradicts a declaration; every problem, each a sentence. */
    static final class Conflict extends RuntimeException {
        final List<String> problems;

        Conflict(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    /** One list declared in the file's text: where, and how its known-false values are written. */
    private record Declared(String name, int line, boolean complete, String membersAre, YamlNode.Entry knownFalse) {
        Set<String> knownFalseValues() {
            if (knownFalse == null) return Set.of();
            if (knownFalse.value() instanceof YamlNode.Mapping m)
                return m.entries().keySet().stream().map(ListMerge::key).collect(Collectors.toSet());
            if (knownFalse.value() instanceof YamlNode.Sequence s)
                return s.items().stream()
                        .filter(i -> i instanceof YamlNode.Scalar sc && sc.text() != null)
                        .map(i -> key(((YamlNode.Scalar) i).text()))
                        .collect(Collectors.toSet());
            return Set.of();
        }
    }

    private final String file;
    private final List<String> lines;
    private final Map<String, Declared> here;
    private final Map<String, FactList> elsewhere;
    /** Line index to the lines inserted after it, applied from the bottom up. */
    private final TreeMap<Integer, List<String>> inserts = new TreeMap<>();

    private final Map<Integer, String> replaced = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ListMerge(String file, List<String> lines, Map<String, FactList> elsewhere) {
        this.file = file;
        this.lines = lines;
        this.here = declared(file, String.join("\n", lines));
        this.elsewhere = elsewhere;
    }

    /**
     * The draft's lists that need a new declaration, after recording in {@code lines} the known-false values
     * added to lists this file declares already.
     *
     * @param lines     the source file's lines (changed in place), empty for a new file
     * @param elsewhere lists declared in the other files of the base, by name
     * @throws Conflict when the draft contradicts a declaration
     */
    static List<Draft.DraftList> apply(
            String file, List<String> lines, Map<String, FactList> elsewhere, List<Draft.DraftList> drafted) {
        ListMerge merge = new ListMerge(file, lines, elsewhere);
        List<Draft.DraftList> fresh = new ArrayList<>();
        for (Draft.DraftList list : drafted) {
            Declared d = merge.here.get(list.name());
            if (d != null) merge.extend(d, list);
            else if (elsewhere.containsKey(list.name())) merge.reuse(elsewhere.get(list.name()), list);
            else fresh.add(list);
        }
        if (!merge.problems.isEmpty()) throw new Conflict(merge.problems);
        merge.replaced.forEach(lines::set);
        merge.inserts.descendingMap().forEach((after, added) -> lines.addAll(after + 1, added));
        return fresh;
    }

    private void extend(Declared d, Draft.DraftList list) {
        String where = file + ":" + (d.line() + 1);
        if (contradicts(list, where, d.complete(), d.membersAre())) return;
        Map<String, String> added = added(list, d.knownFalseValues());
        if (added.isEmpty()) return;
        String itemLine = lines.get(d.line());
        int dash = itemLine.indexOf('-');
        if (dash < 0 || itemLine.substring(dash + 1).trim().startsWith("{")) {
            problems.add("List '" + list.name() + "' is declared on one line at " + where
                    + "; add its known-false values (" + String.join(", ", added.keySet()) + ") there by hand.");
            return;
        }
        String keyIndent = " ".repeat(dash + 1 + leading(itemLine.substring(dash + 1)));
        if (d.knownFalse() == null) {
            List<String> block = new ArrayList<>(List.of(keyIndent + "known-false:"));
            added.forEach((v, why) -> block.add(keyIndent + "  " + entry(v, why)));
            inserts.put(end(d.line(), dash), block);
            return;
        }
        int keyLine = d.knownFalse().keyLine() - 1;
        String after = lines.get(keyLine)
                .substring(lines.get(keyLine).indexOf("known-false:") + 12)
                .trim();
        YamlNode value = d.knownFalse().value();
        if (value instanceof YamlNode.Mapping m && !after.startsWith("{")) {
            int last = m.entries().values().stream()
                            .mapToInt(YamlNode.Entry::keyLine)
                            .max()
                            .orElse(keyLine + 1)
                    - 1;
            String indent = " ".repeat(leading(lines.get(last)));
            List<String> block = new ArrayList<>();
            added.forEach((v, why) -> block.add(indent + entry(v, why)));
            inserts.put(end(last, indent.length()), block);
        } else if (value instanceof YamlNode.Sequence && added.values().stream().allMatch(YamlText::blank)) {
            if (after.startsWith("[") && after.endsWith("]")) {
                String line = lines.get(keyLine);
                int close = line.lastIndexOf(']');
                String items = added.keySet().stream().map(YamlText::scalar).collect(Collectors.joining(", "));
                String open = line.substring(0, close).stripTrailing();
                replaced.put(keyLine, open + (open.endsWith("[") ? "" : ", ") + items + line.substring(close));
            } else if (after.isEmpty()) {
                int last = ((YamlNode.Sequence) value)
                                .items().stream().mapToInt(YamlNode::line).max().orElse(keyLine + 1)
                        - 1;
                String indent = " ".repeat(lines.get(last).indexOf('-'));
                inserts.put(
                        end(last, indent.length()),
                        added.keySet().stream()
                                .map(v -> indent + "- " + scalar(v))
                                .toList());
            } else {
                problems.add(byHand(list.name(), where, added));
            }
        } else {
            problems.add("List '" + list.name() + "' at " + where
                    + " writes its known-false values as a list of names, whose reasons are the gazetteer's notes;"
                    + " leave the reasons for " + String.join(", ", added.keySet())
                    + " empty here and give them as the entities' notes, or add them to the file by hand.");
        }
    }

    private void reuse(FactList declared, Draft.DraftList list) {
        String where = java.nio.file.Path.of(declared.file()).getFileName() + ":" + declared.line();
        if (contradicts(list, where, declared.complete(), declared.membersAre())) return;
        Set<String> known =
                declared.knownFalse().keySet().stream().map(ListMerge::key).collect(Collectors.toSet());
        Map<String, String> added = added(list, known);
        if (!added.isEmpty()) {
            problems.add("List '" + list.name() + "' is declared in another source's file (" + where
                    + "), which this save does not change; its known-false values are kept there. Leave "
                    + String.join(", ", added.keySet()) + " out of this draft, or save them with that source.");
        }
    }

    /** Records each way the draft says otherwise than the declaration at {@code where}; true when it does. */
    private boolean contradicts(Draft.DraftList list, String where, boolean complete, String membersAre) {
        int before = problems.size();
        if (Boolean.TRUE.equals(list.complete()) != complete) problems.add(completeness(list.name(), where, complete));
        if (!phrase(list.membersAre()).equals(phrase(membersAre)))
            problems.add(membersAre(list.name(), where, phrase(membersAre), phrase(list.membersAre())));
        return problems.size() != before;
    }

    private static String phrase(String membersAre) {
        return blank(membersAre) ? "" : membersAre.trim();
    }

    private static String membersAre(String name, String where, String declared, String drafted) {
        String has = declared.isEmpty() ? "without members-are" : "with members-are \"" + declared + "\"";
        String says = drafted.isEmpty() ? "gives none" : "says \"" + drafted + "\"";
        String fix = declared.isEmpty()
                ? "Leave 'What the members are' empty to match (or add the phrase to the declaration by hand)"
                : "Write \"" + declared + "\" under 'What the members are' to match";
        return "List '" + name + "' is already declared at " + where + " " + has + "; this draft " + says + ". " + fix
                + ", so the list is declared once.";
    }

    private static String completeness(String name, String where, boolean complete) {
        return "List '" + name + "' is already declared at " + where + " as "
                + (complete ? "complete (the document gives the whole list)" : "not complete")
                + "; this draft says " + (complete ? "it is not" : "it is")
                + ". Set 'The document gives the whole list' to match, so the list is declared once.";
    }

    private static String byHand(String name, String where, Map<String, String> added) {
        return "List '" + name + "' at " + where + " writes its known-false values in a form the studio does not"
                + " edit; add " + String.join(", ", added.keySet()) + " there by hand.";
    }

    private static Map<String, String> added(Draft.DraftList list, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        if (list.knownFalse() == null) return out;
        list.knownFalse().forEach((v, why) -> {
            if (!blank(v) && !known.contains(key(v))) out.put(v.trim(), why);
        });
        return out;
    }

    private static String entry(String value, String why) {
        return scalar(value) + ": " + (blank(why) ? "\"\"" : scalar(why.trim()));
    }

    /** The last line of the block starting at {@code from}: the lines after it indented deeper than {@code indent}. */
    private int end(int from, int indent) {
        int end = from;
        for (int i = from + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            if (leading(l) <= indent) break;
            end = i;
        }
        return end;
    }

    private static int leading(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') n++;
        return n;
    }

    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Declared> declared(String file, String text) {
        Map<String, Declared> out = new LinkedHashMap<>();
        if (text.isBlank()) return out;
        List<FactError> ignored = new ArrayList<>();
        YamlNode root = new YamlReader(file, ignored).read(new StringReader(text));
        if (!(root instanceof YamlNode.Mapping top)
                || top.entries().get("lists") == null
                || !(top.entries().get("lists").value() instanceof YamlNode.Sequence seq)) return out;
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping m)) continue;
            YamlNode.Entry name = m.entries().get("name");
            if (name == null || !(name.value() instanceof YamlNode.Scalar s) || s.text() == null) continue;
            YamlNode.Entry complete = m.entries().get("complete");
            boolean whole =
                    complete != null && complete.value() instanceof YamlNode.Scalar c && "true".equals(c.text());
            YamlNode.Entry membersAre = m.entries().get("members-are");
            String phrase = membersAre != null && membersAre.value() instanceof YamlNode.Scalar p ? p.text() : null;
            out.putIfAbsent(
                    s.text(),
                    new Declared(
                            s.text(), m.line() - 1, whole, phrase, m.entries().get("known-false")));
        }
        return out;
    }
}
