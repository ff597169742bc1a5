package in.prelims.study;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import java.util.List;
import java.util.Set;

/** A deck filter from query parameters, refusing a topic or source the fact base does not have. */
final class Decks {

    private Decks() {}

    static DeckFilter filter(FactBase base, List<String> topics, List<String> sources) {
        Set<String> t = Set.copyOf(topics == null ? List.of() : topics);
        Set<String> s = Set.copyOf(sources == null ? List.of() : sources);
        for (String topic : t) {
            if (!base.topicCounts().containsKey(topic)) {
                throw new InvalidInputException("topics", "Unknown topic \"" + topic + "\"; see /facts for the topics");
            }
        }
        for (String source : s) {
            if (base.source(source).isEmpty()) {
                throw new InvalidInputException(
                        "sources", "Unknown source \"" + source + "\"; see /api/sources for the sources");
            }
        }
        return new DeckFilter(t, s);
    }
}
