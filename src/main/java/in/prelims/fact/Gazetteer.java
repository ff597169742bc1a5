package in.prelims.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The curated entities that entity slots take values from and that entity distractors come from. */
public final class Gazetteer {

    private final Map<String, Entity> byName;
    /** Each entity's name exactly as written, to what {@link #byName} gives for it: most look-ups make no new string. */
    private final Map<String, Entity> byNameAsWritten = new HashMap<>();

    private final Map<String, List<Entity>> byType;
    /** By type, then by country: distractors of an entity from one country are looked for among that country's. */
    private final Map<String, Map<String, List<Entity>>> byTypeAndCountry = new HashMap<>();

    Gazetteer(List<Entity> entities) {
        this.byName = entities.stream()
                .collect(Collectors.toMap(
                        e -> e.name().toLowerCase(Locale.ROOT),
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        this.byType = entities.stream()
                .collect(Collectors.groupingBy(Entity::type, java.util.LinkedHashMap::new, Collectors.toList()));
        for (Entity e : entities)
            byNameAsWritten.putIfAbsent(e.name(), byName.get(e.name().toLowerCase(Locale.ROOT)));
        byType.forEach((type, ofType) -> {
            for (Entity e : ofType) {
                if (e.country() == null) continue;
                byTypeAndCountry
                        .computeIfAbsent(type, t -> new HashMap<>())
                        .computeIfAbsent(e.country(), c -> new ArrayList<>())
                        .add(e);
            }
        });
    }

    /** The entity of that name, in any case (distractors look names up many times per question). */
    public Optional<Entity> find(String name) {
        if (name == null) return Optional.empty();
        Entity asWritten = byNameAsWritten.get(name);
        return Optional.ofNullable(asWritten != null ? asWritten : byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** {@code slot} holding the entity {@code value}, named with the entity's article in running text. */
    public Slot named(Slot slot, String value) {
        Entity entity = find(value).orElse(null);
        return slot.withValue(value).withArticle(entity == null ? null : entity.article());
    }

    /** Whether some entity of {@code type} takes an article in running text. */
    boolean hasArticles(String type) {
        for (Entity e : ofType(type)) if (e.article() != null) return true;
        return false;
    }

    /** Entities of one type, in file order. */
    public List<Entity> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Entities of one type from one country, in file order. */
    public List<Entity> ofType(String type, String country) {
        return byTypeAndCountry.getOrDefault(type, Map.of()).getOrDefault(country, List.of());
    }

    /** Every entity, in file order. */
    public List<Entity> all() {
        return List.copyOf(byName.values());
    }

    public int size() {
        return byName.size();
    }
}
