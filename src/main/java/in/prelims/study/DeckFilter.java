package in.prelims.study;

import java.util.Set;

/** A deck: the cards on any of the topics and from any of the sources; empty means any. */
record DeckFilter(Set<String> topics, Set<String> sources) {

    static final DeckFilter ALL = new DeckFilter(Set.of(), Set.of());

    DeckFilter {
        topics = Set.copyOf(topics);
        sources = Set.copyOf(sources);
    }

    boolean matches(DeckCard card) {
        return (topics.isEmpty() || card.topics().stream().anyMatch(topics::contains))
                && (sources.isEmpty() || card.sources().stream().anyMatch(sources::contains));
    }
}
