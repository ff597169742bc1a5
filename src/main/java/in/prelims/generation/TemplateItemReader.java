package in.prelims.generation;

import in.prelims.fact.FactError;
import in.prelims.fact.Fields;
import in.prelims.fact.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one entry of a template file's {@code templates} list, taking missing keys from the file's phrases. */
final class TemplateItemReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final List<FactError> errors;
    private final Fields phrases;
    private final Phrasing.Words words;

    TemplateItemReader(String file, List<FactError> errors, Fields phrases, Phrasing.Words words) {
        this.file = file;
        this.errors = errors;
        this.phrases = phrases;
        this.words = words;
    }

    /** The template, or null after recording what is wrong with it. */
    Phrasing read(YamlNode node, String style) {
        Kind kind = kindOf(node);
        if (kind == null) return null;
        Set<String> keys = new LinkedHashSet<>(TemplateKeys.allowed(kind).keySet());
        keys.addAll(Set.of("kind", "id"));
        Fields t = Fields.of(node, "template", keys, file, errors);
        if (t == null) return null;
        int before = errors.size();
        String id = t.requiredText("id");
        if (id != null && !SLUG.matcher(id).matches())
            t.error(t.line("id"), "template id '" + id + "' must be a lower-case slug");
        String name = "template '" + id + "' (" + kind.slug() + ")";
        Map<String, String> texts = new LinkedHashMap<>();
        List<Phrasing.CountLabel> counts = List.of();
        for (Map.Entry<String, Set<String>> key : TemplateKeys.allowed(kind).entrySet()) {
            Fields from = t.has(key.getKey()) ? t : phrases != null && phrases.has(key.getKey()) ? phrases : null;
            if (from == null) {
                if (TemplateKeys.required(kind).containsKey(key.getKey()))
                    t.error(t.line(), name + " is missing '" + key.getKey() + "'");
            } else if (key.getKey().equals(TemplateKeys.COUNTS)) {
                counts = counts(from, name);
            } else {
                String text = from.text(key.getKey());
                if (text != null) {
                    checkPlaceholders(from, key.getKey(), text, key.getValue(), name);
                    texts.put(key.getKey(), text);
                }
            }
        }
        if (errors.size() != before || id == null) return null;
        checkShape(t, kind, texts, counts, name);
        return errors.size() != before ? null : new Phrasing(kind, id, style, texts, counts, file, t.line(), words);
    }

    private Kind kindOf(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            errors.add(new FactError(file, node.line(), "a template must be a map, found " + YamlNode.describe(node)));
            return null;
        }
        YamlNode.Entry entry = map.entries().get("kind");
        String slug = entry != null && entry.value() instanceof YamlNode.Scalar s ? s.text() : null;
        if (slug == null) {
            errors.add(new FactError(file, node.line(), "a template needs a 'kind'"));
            return null;
        }
        return Kind.ofSlug(slug).orElseGet(() -> {
            errors.add(new FactError(
                    file,
                    entry.keyLine(),
                    "unknown kind '" + slug + "' (known: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Kind.values()).map(Kind::slug).toList()) + ")"));
            return null;
        });
    }

    private void checkPlaceholders(Fields from, String key, String text, Set<String> allowed, String name) {
        Matcher m = Texts.PLACEHOLDER.matcher(text);
        while (m.find()) {
            String p = m.group().substring(1, m.group().length() - 1);
            if (!allowed.contains(p)) {
                from.error(
                        from.line(key),
                        name + ": '" + key + "' uses {" + p + "}; it may use "
                                + (allowed.isEmpty()
                                        ? "no placeholders"
                                        : String.join(
                                                ", ",
                                                allowed.stream()
                                                        .sorted()
                                                        .map(a -> "{" + a + "}")
                                                        .toList())));
            }
        }
    }

    /** {@code counts: {1: Only one, 2: Only two, 3: All three, 0: None}}: four labels in the order shown. */
    private List<Phrasing.CountLabel> counts(Fields from, String name) {
        List<Phrasing.CountLabel> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        from.entries(TemplateKeys.COUNTS).forEach((count, entry) -> {
            boolean number = count.matches("[0-4]");
            String label = entry.value() instanceof YamlNode.Scalar s ? s.text() : null;
            if (!number || label == null || label.isBlank() || !seen.add(Integer.parseInt(count))) {
                from.error(entry.keyLine(), name + ": each 'counts' entry maps a distinct count 0-4 to a label");
            } else {
                out.add(new Phrasing.CountLabel(Integer.parseInt(count), label.trim()));
            }
        });
        int most = out.stream().mapToInt(Phrasing.CountLabel::count).max().orElse(0);
        if (out.size() != 4 || most < 2) {
            from.error(
                    from.line(TemplateKeys.COUNTS),
                    name + ": 'counts' needs four labels, the largest count 2 to 4 " + "(the number of statements)");
        }
        return out;
    }

    /** Numbers in range, one of correct/incorrect, and the option labels the statement count needs. */
    private void checkShape(
            Fields t, Kind kind, Map<String, String> texts, List<Phrasing.CountLabel> counts, String name) {
        if (texts.containsKey("ask-for") && !Set.of("correct", "incorrect").contains(texts.get("ask-for"))) {
            t.error(t.line("ask-for"), name + ": 'ask-for' must be correct or incorrect");
        }
        number(t, texts, "statements", 2, 3, name);
        number(t, texts, "events", 3, 4, name);
        if (kind == Kind.PAIRS && texts.containsKey("statements") == !counts.isEmpty()) {
            t.error(
                    t.line(),
                    name + ": a pairs template has either 'statements' (which pairs) or 'counts' (how many pairs)");
        }
        if (texts.containsKey("statements") && texts.get("statements").matches("[23]")) {
            List<String> needed = texts.get("statements").equals("2")
                    ? List.of("option-only", "option-both", "option-neither", "and")
                    : List.of("option-only", "option-all", "and");
            for (String key : needed) {
                if (!texts.containsKey(key))
                    t.error(t.line(), name + " with " + texts.get("statements") + " statements needs '" + key + "'");
            }
        }
    }

    private void number(Fields t, Map<String, String> texts, String key, int min, int max, String name) {
        String v = texts.get(key);
        if (v != null && !(v.matches("\\d") && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max)) {
            t.error(t.line(key), name + ": '" + key + "' must be a whole number from " + min + " to " + max);
        }
    }
}
