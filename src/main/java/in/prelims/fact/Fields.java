package in.prelims.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strict access to the keys of one YAML map: unknown, missing and mistyped keys become errors. */
public final class Fields {

    private final YamlNode.Mapping map;
    private final String what;
    private final String file;
    private final List<FactError> errors;

    private Fields(YamlNode.Mapping map, String what, String file, List<FactError> errors) {
        this.map = map;
        this.what = what;
        this.file = file;
        this.errors = errors;
    }

    /** Returns null (after recording an error) when {@code node} is not a map. */
    public static Fields of(YamlNode node, String what, Set<String> allowed, String file, List<FactError> errors) {
        if (node == null) return null;
        if (!(node instanceof YamlNode.Mapping map)) {
            errors.add(new FactError(file, node.line(), what + " must be a map, found " + YamlNode.describe(node)));
            return null;
        }
        map.entries().forEach((key, entry) -> {
            if (!allowed.contains(key)) {
                errors.add(new FactError(
                        file,
                        entry.keyLine(),
                        "unknown key '" + key + "' in " + what + " (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        });
        return new Fields(map, what, file, errors);
    }

    public int line() {
        return map.line();
    }

    public int line(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.line() : entry.keyLine();
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public YamlNode node(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? null : entry.value();
    }

    public String requiredText(String key) {
        if (!has(key)) {
            error(map.line(), what + " is missing '" + key + "'");
            return null;
        }
        return text(key);
    }

    public String text(String key) {
        YamlNode node = node(key);
        if (node == null) return null;
        if (node instanceof YamlNode.Scalar scalar
                && scalar.text() != null
                && !scalar.text().isBlank()) {
            return scalar.text().trim();
        }
        error(line(key), "'" + key + "' in " + what + " must be a non-empty value, found " + YamlNode.describe(node));
        return null;
    }

    public List<String> textList(String key) {
        YamlNode node = node(key);
        if (node == null) return List.of();
        return textList(node, "'" + key + "' in " + what);
    }

    public List<String> textList(YamlNode node, String described) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            error(node.line(), described + " must be a list, found " + YamlNode.describe(node));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s
                    && s.text() != null
                    && !s.text().isBlank()) {
                out.add(s.text().trim());
            } else {
                error(item.line(), described + " must hold single values, found " + YamlNode.describe(item));
            }
        }
        return out;
    }

    /** A map's entries by key, or an empty map after an error when the value is not a map. */
    public Map<String, YamlNode.Entry> entries(String key) {
        YamlNode node = node(key);
        if (node == null) return Map.of();
        if (node instanceof YamlNode.Mapping m) return m.entries();
        if (node instanceof YamlNode.Scalar s && s.text() == null) return Map.of();
        error(line(key), "'" + key + "' in " + what + " must be a map, found " + YamlNode.describe(node));
        return Map.of();
    }

    public void error(int line, String message) {
        errors.add(new FactError(file, line, message));
    }
}
