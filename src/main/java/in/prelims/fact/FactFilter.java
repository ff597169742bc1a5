package in.prelims.fact;

import in.prelims.error.InvalidInputException;
import java.util.List;

/** A topic and/or source filter taken from query parameters; unknown values are a 400. */
record FactFilter(String topic, String source) {

    static FactFilter of(FactBase base, String topic, String source) {
        String t = blankToNull(topic);
        String s = blankToNull(source);
        if (t != null && !base.topicCounts().containsKey(t)) {
            throw new InvalidInputException(
                    "topic",
                    "Unknown topic '" + t + "'. Known topics: "
                            + String.join(", ", base.topicCounts().keySet()));
        }
        if (s != null && base.source(s).isEmpty()) {
            throw new InvalidInputException("source", "Unknown source '" + s + "'.");
        }
        return new FactFilter(t, s);
    }

    List<Fact> apply(FactBase base) {
        return base.facts().stream()
                .filter(f -> topic == null || f.topics().contains(topic))
                .filter(f -> source == null || f.source().id().equals(source))
                .toList();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
