package in.prelims.fact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of {@code /api/facts} and {@code /api/sources}. */
public final class FactView {

    private FactView() {}

    public record SlotJson(String type, String value, String display) {}

    public record SourceRef(String id, String title, String publisher, LocalDate published) {
        public static SourceRef of(Source s) {
            return new SourceRef(s.id(), s.title(), s.publisher(), s.published());
        }
    }

    /** @param alsoTrue per slot, the other values that make the fact true too (a list's other members), when any */
    public record FactJson(
            String id,
            String text,
            String label,
            Map<String, SlotJson> slots,
            SourceRef source,
            List<String> topics,
            Map<String, List<String>> alsoTrue) {
        static FactJson of(Fact f) {
            Map<String, SlotJson> slots = new LinkedHashMap<>();
            Map<String, List<String>> alsoTrue = new LinkedHashMap<>();
            f.slots().values().stream()
                    .sorted(java.util.Comparator.comparing(Slot::name))
                    .forEach(s -> {
                        slots.put(s.name(), new SlotJson(s.type(), s.value(), s.display()));
                        if (!f.alsoTrue(s.name()).isEmpty()) alsoTrue.put(s.name(), f.alsoTrue(s.name()));
                    });
            return new FactJson(f.id(), f.render(), f.label(), slots, SourceRef.of(f.source()), f.topics(), alsoTrue);
        }
    }

    public record SourceJson(
            String id,
            String title,
            String publisher,
            LocalDate published,
            String document,
            List<String> topics,
            int facts) {}
}
