package in.prelims.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every template read from the templates folder, by style and kind. */
final class QuestionTemplates {

    private final Map<String, Map<Kind, List<Phrasing>>> byStyle = new LinkedHashMap<>();

    QuestionTemplates(List<Phrasing> phrasings) {
        for (Phrasing p : phrasings) {
            byStyle.computeIfAbsent(p.style(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(p.kind(), k -> new ArrayList<>())
                    .add(p);
        }
    }

    /** The templates of one style and kind, in file order; empty when the style has none. */
    List<Phrasing> of(String style, Kind kind) {
        return byStyle.getOrDefault(style, Map.of()).getOrDefault(kind, List.of());
    }

    Set<String> styles() {
        return new TreeSet<>(byStyle.keySet());
    }

    /** Kinds that have no template in {@code style}. */
    Set<Kind> missingKinds(String style) {
        Set<Kind> missing = new TreeSet<>();
        for (Kind k : Kind.values()) if (of(style, k).isEmpty()) missing.add(k);
        return missing;
    }
}
