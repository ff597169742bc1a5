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
    private static final Set<String> ENTITY_KEYS = Set.of(
            "name", "type", "country", "aliases", "role", "office", "class", "members", "partners", "note", "article");
    /** The one article an entity may take in running text. */
    private static final String THE = "the";

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
        Map<String, Located> seen = new HashMap<>();
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
                    f.textList("partners"),
                    f.text("note"),
                    article(f, name));
            // an alias that clashes is dropped, so facts naming the entity raise no second error
            Located here = new Located(entity, f.line());
            List<String> aliases = new ArrayList<>();
            boolean nameClash = false;
            for (String n : entity.allNames()) {
                Located first = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), here);
                if (first != null) {
                    f.error(f.line(), clash(n, first, here));
                    nameClash |= n.equals(entity.name());
                } else if (!n.equals(entity.name())) {
                    aliases.add(n);
                }
            }
            if (!nameClash) out.add(new Located(entity.with(aliases, entity.partners()), f.line()));
        }
        return withMutualPartners(out, file, errors);
    }

    /** The entity's article, or null when it has none or, after an error, a wrong one. */
    private static String article(Fields f, String name) {
        String article = f.text("article");
        if (article == null || article.equals(THE)) return article;
        f.error(f.line("article"), "entity '" + name + "': article must be '" + THE + "', not '" + article + "'");
        return null;
    }

    /**
     * Partnership is mutual: a country listed as another's partner has that one as its partner too, so
     * curators write each pair once. A partner must be a country of the gazetteer.
     */
    private static List<Located> withMutualPartners(List<Located> read, String file, List<FactError> errors) {
        Map<String, Set<String>> partners = new HashMap<>();
        Set<String> countries = new java.util.HashSet<>();
        for (Located l : read)
            if ("country".equals(l.entity().type())) countries.add(l.entity().name());
        for (Located l : read) {
            Entity e = l.entity();
            for (String p : e.partners()) {
                if (!"country".equals(e.type()) || !countries.contains(p)) {
                    errors.add(new FactError(
                            file,
                            l.line(),
                            "entity '" + e.name() + "': partners are countries of the gazetteer, and only a country"
                                    + " has them; '" + p + "' is not one"));
                    continue;
                }
                partners.computeIfAbsent(e.name(), k -> new java.util.LinkedHashSet<>())
                        .add(p);
                partners.computeIfAbsent(p, k -> new java.util.LinkedHashSet<>())
                        .add(e.name());
            }
        }
        if (partners.isEmpty()) return read;
        List<Located> out = new ArrayList<>(read.size());
        for (Located l : read) {
            Set<String> mine = partners.get(l.entity().name());
            out.add(mine == null ? l : new Located(l.entity().with(l.entity().aliases(), List.copyOf(mine)), l.line()));
        }
        return out;
    }

    /** Names and aliases are matched without case, so "Cert-In" and "CERT-In" are one name. */
    private static String clash(String name, Located first, Located here) {
        String earlier = first.entity().allNames().stream()
                .filter(n -> n.equalsIgnoreCase(name))
                .findFirst()
                .orElse(name);
        String rule = " (names and aliases are unique across the gazetteer, compared without regard to case)";
        if (first == here) {
            return "entity '" + here.entity().name() + "' lists '" + name + "' twice as its name or alias"
                    + (earlier.equals(name) ? "" : " ('" + earlier + "' and '" + name + "')") + rule;
        }
        return "entity name or alias '" + name + "' is already used by '"
                + first.entity().name() + "' at line " + first.line()
                + (earlier.equals(name) ? "" : " as '" + earlier + "'") + rule;
    }
}
