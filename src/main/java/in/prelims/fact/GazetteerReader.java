package in.prelims.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code entities.yaml}: names unique (aliases included), every entity typed. */
final class GazetteerReader {

    static final String FILE_NAME = "entities.yaml";
    private static final Set<String> FILE_KEYS = Set.of("entities");
    private static final Set<String> ENTITY_KEYS =
            Set.of("name", "type", "country", "aliases", "role", "office", "class", "members", "note");

    private GazetteerReader() {}

    /** The entities with the line each was read from. */
    record Located(Entity entity, int line) {}

    static List<Located> read(YamlNode root, String file, List<FactError> errors) {
        Fields top = Fields.of(root, "the gazetteer", FILE_KEYS, file, errors);
        if (top == null) return List.of();
        if (!(top.node("entities") instanceof YamlNode.Sequence seq)) {
            top.error(top.line("entities"), "the gazetteer needs an 'entities' list");
            return List.of();
        }
        List<Located> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            Fields f = Fields.of(item, "entity", ENTITY_KEYS, file, errors);
            if (f == null) continue;
            String name = f.requiredText("name");
            String type = f.requiredText("type");
            if (name == null || type == null) continue;
            Entity entity = new Entity(
                    name,
                    type,
                    f.text("country"),
                    f.textList("aliases"),
                    f.text("role"),
                    f.text("office"),
                    f.text("class"),
                    f.textList("members"),
                    f.text("note"));
            boolean clash = false;
            for (String n : entity.allNames()) {
                Integer first = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), f.line());
                if (first != null) {
                    f.error(f.line(), "entity name or alias '" + n + "' is already used at line " + first);
                    clash = true;
                }
            }
            if (!clash) out.add(new Located(entity, f.line()));
        }
        return out;
    }
}
