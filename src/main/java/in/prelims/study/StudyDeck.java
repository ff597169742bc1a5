package in.prelims.study;

import in.prelims.fact.FactView.SourceRef;
import in.prelims.fact.SlotFormat;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionPicker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every flashcard the engine makes from the fact base, one per fact and answer, in a fixed order
 * (a fixed seed), built once. Decks by topic and source are filters over it.
 */
@ApplicationScoped
class StudyDeck {

    private static final long SEED = 15;
    private static final int AT_MOST = 2000;

    @Inject
    QuestionPicker picker;

    private volatile Map<String, DeckCard> cards;

    List<DeckCard> cards(DeckFilter filter) {
        return all().values().stream().filter(filter::matches).toList();
    }

    Optional<DeckCard> card(String key) {
        return Optional.ofNullable(all().get(key));
    }

    List<DeckCard> ofFact(String factId) {
        return all().values().stream().filter(c -> c.factId().equals(factId)).toList();
    }

    private Map<String, DeckCard> all() {
        if (cards == null) {
            synchronized (this) {
                if (cards == null) {
                    cards = build();
                }
            }
        }
        return cards;
    }

    private Map<String, DeckCard> build() {
        Map<String, DeckCard> built = new LinkedHashMap<>();
        for (Question q : picker.pick(AT_MOST, SEED, Set.of(Kind.FLASHCARD), Set.of(), Set.of())) {
            DeckCard card = card(q);
            built.putIfAbsent(card.key(), card);
        }
        return java.util.Collections.unmodifiableMap(built);
    }

    private static DeckCard card(Question q) {
        String factId = q.factIds().get(0);
        String key = factId + ":" + Integer.toHexString(q.answerText().hashCode());
        String citation = q.sources().stream().map(StudyDeck::citation).collect(Collectors.joining("; "));
        return new DeckCard(
                key,
                factId,
                q.stem(),
                q.answerText(),
                q.explanation(),
                citation,
                q.topics(),
                q.sources().stream().map(SourceRef::id).toList());
    }

    private static String citation(SourceRef source) {
        return source.publisher() + ", " + SlotFormat.longDate(source.published()) + ": " + source.title();
    }
}
