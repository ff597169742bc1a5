package in.prelims.flashcard;

import in.prelims.fact.FactBase;
import in.prelims.fact.Source;
import java.util.List;
import java.util.Set;

/**
 * What the /flashcards form shows: the choices and the values the person gave, kept as typed so a
 * rejected value is shown back next to its message.
 */
record DeckForm(
        List<String> allTopics,
        List<Source> allSources,
        Set<String> topics,
        Set<String> sources,
        String count,
        String perPage,
        String paper,
        String duplex,
        String cutLines,
        String seed,
        String title,
        String period) {

    static DeckForm of(FactBase base, DeckParams p, String seed) {
        return new DeckForm(
                List.copyOf(base.topicCounts().keySet()),
                base.sources(),
                p.topics(),
                p.sources(),
                or(p.count, String.valueOf(DeckOptions.DEFAULT_COUNT)),
                or(p.perPage, "10"),
                or(p.paper, "a4"),
                or(p.duplex, "true"),
                or(p.cutLines, "true"),
                seed,
                or(p.title, ""),
                or(p.period, ""));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
