package in.prelims.fact;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one source file: the source's citation and its facts, checked key by key. */
final class SourceFileReader {

    private static final Set<String> FILE_KEYS = Set.of("source", "facts", "lists");
    private static final Set<String> SOURCE_KEYS =
            Set.of("id", "title", "publisher", "published", "document", "topics", "reliability");
    private static final Set<String> FACT_KEYS = Set.of(
            "id",
            "text",
            "label",
            "slots",
            "ask",
            "also-true",
            "topics",
            "not-topics",
            "relation",
            "event",
            "disputed",
            "salience",
            "list",
            "explained-by",
            "covers");
    private static final Set<String> LIST_KEYS =
            Set.of("name", "complete", "known-false", "members-are", "statements-only");
    private static final Set<String> LIST_REF_KEYS = Set.of("name", "slot");
    private static final Set<String> RELATION_KEYS = Set.of("name", "left", "middle", "right");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LABEL = 80;

    private final String file;
    private final List<FactError> errors;
    private final List<FactList> lists = new ArrayList<>();
    private Set<String> declared = Set.of();

    SourceFileReader(String file, List<FactError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The facts of the file; a fact with errors is left out after its errors are recorded. */
    List<Fact> read(YamlNode root, String expectedId) {
        Fields top = Fields.of(root, "the file", FILE_KEYS, file, errors);
        if (top == null) return List.of();
        if (!top.has("source")) top.error(1, "the file is missing 'source'");
        if (!top.has("facts")) top.error(1, "the file is missing 'facts'");
        Source source = top.has("source") ? readSource(top.node("source"), expectedId) : null;
        YamlNode factsNode = top.node("facts");
        readLists(top);
        if (source == null || factsNode == null) return List.of();
        if (!(factsNode instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            top.error(top.line("facts"), "'facts' must be a non-empty list");
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fact fact = readFact(item, source);
            if (fact != null) facts.add(fact);
        }
        return facts;
    }

    private Source readSource(YamlNode node, String expectedId) {
        Fields f = Fields.of(node, "source", SOURCE_KEYS, file, errors);
        if (f == null) return null;
        int before = errors.size();
        String id = slug(f, "id", f.requiredText("id"));
        if (id != null && !id.equals(expectedId)) {
            f.error(f.line("id"), "source id '" + id + "' must equal the file name '" + expectedId + ".yaml'");
        }
        String title = f.requiredText("title");
        String publisher = f.requiredText("publisher");
        String document = f.requiredText("document");
        LocalDate published = date(f, "published", f.requiredText("published"));
        List<String> topics = topics(f);
        if (topics.isEmpty()) f.error(f.line(), "source needs at least one topic");
        String reliability = f.has("reliability") ? f.text("reliability") : "secondary";
        if (reliability != null && !Source.RELIABILITIES.contains(reliability)) {
            f.error(f.line("reliability"), "reliability must be one of " + String.join(", ", Source.RELIABILITIES));
        }
        return errors.size() == before
                ? new Source(id, title, publisher, published, document, topics, reliability)
                : null;
    }

    private Fact readFact(YamlNode node, Source source) {
        Fields f = Fields.of(node, "fact", FACT_KEYS, file, errors);
        if (f == null) return null;
        int before = errors.size();
        String id = slug(f, "id", f.requiredText("id"));
        String text = f.requiredText("text");
        String label = f.requiredText("label");
        if (label != null && label.length() > MAX_LABEL) {
            f.error(f.line("label"), "label is longer than " + MAX_LABEL + " characters");
        }
        if (!f.has("slots")) f.error(f.line(), "fact is missing 'slots'");
        Map<String, Slot> slots = new LinkedHashMap<>();
        f.entries("slots").forEach((name, entry) -> {
            Slot slot = SlotReader.read(name, entry.value(), file, errors);
            if (slot != null) slots.put(name, slot);
        });
        if (f.has("slots") && f.entries("slots").isEmpty()) f.error(f.line("slots"), "a fact needs at least one slot");
        if (text != null) checkPlaceholders(f, text, f.entries("slots").keySet());

        // a slot that failed is declared all the same: naming it elsewhere is no second error
        declared = f.entries("slots").keySet();
        Map<String, String> ask = slotMap(f, "ask", slots.keySet(), entry -> textOf(f, entry, "ask"));
        Map<String, List<String>> alsoTrue =
                slotMap(f, "also-true", slots.keySet(), entry -> f.textList(entry.value(), "an also-true value list"));
        Map<String, String> disputed = slotMap(f, "disputed", slots.keySet(), entry -> textOf(f, entry, "disputed"));
        Relation relation = readRelation(f, slots.keySet());
        String event = f.text("event");
        if (event != null
                && (!declared.contains(event)
                        || (slots.containsKey(event) && !slots.get(event).kind().isTemporal()))) {
            f.error(
                    f.line("event"),
                    "event '" + event + "' must name a date, month, year or fiscal-year slot of this fact");
        }
        Set<String> topics = new LinkedHashSet<>(source.topics());
        for (String t : f.textList("not-topics")) {
            if (!topics.remove(t))
                f.error(
                        f.line("not-topics"),
                        "not-topics names '" + t + "', which is not a topic of the source (" + source.topics() + ")");
        }
        topics.addAll(topics(f));
        Salience salience = Salience.CORE;
        if (f.has("salience")) {
            salience = Salience.of(f.text("salience")).orElse(null);
            if (salience == null) f.error(f.line("salience"), "salience must be core or context");
        }
        Fact.ListRef list = readListRef(f, slots);
        List<String> covers = covers(f);
        if (errors.size() != before) return null;
        return new Fact(
                id,
                text,
                label,
                Map.copyOf(slots),
                ask,
                alsoTrue,
                List.copyOf(topics),
                relation,
                event,
                disputed,
                salience,
                list,
                source,
                file,
                f.line(),
                f.text("explained-by"),
                covers);
    }

    /** The names under {@code covers}: one name or a list of them, each a slug (checked against the base later). */
    private List<String> covers(Fields f) {
        YamlNode node = f.node("covers");
        if (node == null) return List.of();
        List<String> names = node instanceof YamlNode.Scalar ? List.of(f.requiredText("covers")) : f.textList("covers");
        for (String name : names) {
            if (name != null && !SLUG.matcher(name).matches())
                f.error(
                        f.line("covers"),
                        "covers names '" + name + "', which is not a list name or fact id (a lower-case slug)");
        }
        return names.stream().filter(Objects::nonNull).toList();
    }

    /** The lists this file declares (after {@link #read}). */
    List<FactList> lists() {
        return lists;
    }

    private void readLists(Fields top) {
        if (!top.has("lists")) return;
        if (!(top.node("lists") instanceof YamlNode.Sequence seq)) {
            top.error(top.line("lists"), "'lists' must be a list");
            return;
        }
        for (YamlNode item : seq.items()) {
            Fields l = Fields.of(item, "list", LIST_KEYS, file, errors);
            if (l == null) continue;
            String name = slug(l, "name", l.requiredText("name"));
            String complete = l.requiredText("complete");
            if (complete != null && !complete.equals("true") && !complete.equals("false")) {
                l.error(l.line("complete"), "'complete' must be true or false");
                continue;
            }
            Map<String, String> knownFalse = new LinkedHashMap<>();
            YamlNode kf = l.node("known-false");
            if (kf instanceof YamlNode.Mapping m) {
                m.entries().forEach((value, entry) -> {
                    String note = textOf(l, entry, "known-false");
                    if (note != null) knownFalse.put(value, note);
                });
            } else if (kf != null) {
                l.textList("known-false").forEach(v -> knownFalse.put(v, null));
            }
            String statementsOnly = l.text("statements-only");
            if (statementsOnly != null && !statementsOnly.equals("true") && !statementsOnly.equals("false")) {
                l.error(l.line("statements-only"), "'statements-only' must be true or false");
                continue;
            }
            if (name != null && complete != null) {
                lists.add(new FactList(
                        name,
                        complete.equals("true"),
                        knownFalse,
                        l.text("members-are"),
                        List.of(),
                        file,
                        l.line(),
                        "true".equals(statementsOnly)));
            }
        }
    }

    private Fact.ListRef readListRef(Fields f, Map<String, Slot> slots) {
        if (!f.has("list")) return null;
        Fields r = Fields.of(f.node("list"), "list", LIST_REF_KEYS, file, errors);
        if (r == null) return null;
        String name = slug(r, "name", r.requiredText("name"));
        String slot = r.requiredText("slot");
        if (slot != null && !declared.contains(slot)) {
            r.error(r.line("slot"), "list names slot '" + slot + "', which this fact does not have");
            return null;
        }
        return name == null || slot == null ? null : new Fact.ListRef(name, slot);
    }

    private void checkPlaceholders(Fields f, String text, Set<String> slotNames) {
        Placeholders placeholders = Placeholders.of(text);
        Set<String> used = placeholders.names();
        for (String p : used) {
            if (!slotNames.contains(p)) f.error(f.line("text"), "placeholder {" + p + "} has no slot");
        }
        for (String s : slotNames) {
            if (!used.contains(s)) f.error(f.line("slots"), "slot '" + s + "' is not used in the text");
        }
        if (placeholders.strayBrace()) {
            f.error(f.line("text"), "text has a malformed placeholder (use {name})");
        }
    }

    private Relation readRelation(Fields f, Set<String> slotNames) {
        if (!f.has("relation")) return null;
        Fields r = Fields.of(f.node("relation"), "relation", RELATION_KEYS, file, errors);
        if (r == null) return null;
        String name = slug(r, "name", r.requiredText("name"));
        String left = r.requiredText("left");
        String right = r.requiredText("right");
        String middle = r.has("middle") ? r.requiredText("middle") : null;
        for (String side : new String[] {left, middle, right}) {
            if (side != null && !declared.contains(side)) {
                r.error(r.line(), "relation names slot '" + side + "', which this fact does not have");
            }
        }
        if (middle != null && (middle.equals(left) || middle.equals(right))) {
            r.error(r.line(), "relation's middle column must name a slot other than its left and right");
            return null;
        }
        return name == null || left == null || right == null ? null : new Relation(name, left, middle, right);
    }

    private <T> Map<String, T> slotMap(
            Fields f, String key, Set<String> slotNames, java.util.function.Function<YamlNode.Entry, T> value) {
        Map<String, T> out = new LinkedHashMap<>();
        f.entries(key).forEach((slot, entry) -> {
            if (!declared.contains(slot)) {
                f.error(entry.keyLine(), "'" + key + "' names slot '" + slot + "', which this fact does not have");
            } else if (slotNames.contains(slot)) {
                T v = value.apply(entry);
                if (v != null) out.put(slot, v);
            }
        });
        // most facts have no also-true or disputed values: one shared empty map is kept for them
        return out.isEmpty() ? Map.of() : out;
    }

    private String textOf(Fields f, YamlNode.Entry entry, String key) {
        if (entry.value() instanceof YamlNode.Scalar s
                && s.text() != null
                && !s.text().isBlank()) return s.text().trim();
        f.error(entry.keyLine(), "each '" + key + "' entry must be a non-empty text");
        return null;
    }

    private List<String> topics(Fields f) {
        List<String> topics = f.textList("topics");
        for (String t : topics) {
            if (!isSlug(t)) f.error(f.line("topics"), "topic '" + t + "' must be a lower-case slug");
        }
        return topics;
    }

    private String slug(Fields f, String key, String value) {
        if (value != null && !isSlug(value)) {
            f.error(f.line(key), "'" + key + "' value '" + value + "' must be a lower-case slug (a-z, 0-9, -)");
            return null;
        }
        return value;
    }

    /**
     * Whether {@code text} is a lower-case slug, as {@link #SLUG} matches it: checked by hand, as every fact's
     * id is, without a matcher per fact.
     */
    static boolean isSlug(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' ? text.charAt(i - 1) == '-' : !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private LocalDate date(Fields f, String key, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            f.error(f.line(key), "'" + value + "' is not a valid date (yyyy-mm-dd)");
            return null;
        }
    }
}
