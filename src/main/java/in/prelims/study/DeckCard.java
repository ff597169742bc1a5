package in.prelims.study;

import java.util.List;

/**
 * A card of the study deck, made by the engine's flashcard generator.
 *
 * @param key       stable while the fact and its answer stay the same: the fact id and a hash of the answer
 * @param front     the question or the cloze
 * @param statement the full true statement
 * @param citation  publisher, date and title of each source
 */
record DeckCard(
        String key,
        String factId,
        String front,
        String answer,
        String statement,
        String citation,
        List<String> topics,
        List<String> sources) {}
