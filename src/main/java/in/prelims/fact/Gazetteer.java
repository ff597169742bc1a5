package in.prelims.fact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The curated entities that entity slots take values from and that entity distractors come from. */
public final class Gazetteer {

    private final Map<String, Entity> byName;
    private final Map<String, List<Entity>> byType;

    Gazetteer(List<Entity> entities) {
        this.byName = entities.stream()
                .collect(Collectors.toMap(
                        e -> e.name().toLowerCase(Locale.ROOT),
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
        this.byType = entities.stream()
                .collect(Collectors.groupingBy(Entity::type, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<Entity> find(String name) {
        return Optional.ofNullable(name).map(n -> byName.get(n.toLowerCase(Locale.ROOT)));
    }

    /** Entities of one type, in file order. */
    public List<Entity> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Every entity, in file order. */
    public List<Entity> all() {
        return List.copyOf(byName.values());
    }

    public int size() {
        return byName.size();
    }
}
