package in.prelims.fact;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it starts on, so validation can say {@code file:line}. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    /**
     * Keys in file order; each key remembers its own line. The map is kept, not copied (the readers
     * hand over a map they built for it), and cannot be changed through the node.
     */
    record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(entries);
        }
    }

    record Entry(int keyLine, YamlNode value) {}

    record Sequence(int line, List<YamlNode> items) implements YamlNode {}

    /** A scalar's text; {@code null} for an explicit YAML null or an empty value. */
    record Scalar(int line, String text) implements YamlNode {}

    static String describe(YamlNode node) {
        if (node instanceof Mapping) return "a map";
        if (node instanceof Sequence) return "a list";
        return ((Scalar) node).text() == null ? "empty" : "a single value";
    }
}
