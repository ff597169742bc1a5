package in.prelims.curation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.generation.Kind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far a source is from yielding a kind that needs several facts: how many it has of what the
 * kind needs, and how many the kind needs, so a reason can say "add one more dated event". Context
 * facts count: the preview asks them too.
 *
 * @param have what the source has (facts, facts of one relation, distinct event dates)
 * @param need what the kind needs; 0 for kinds that need one fact only
 */
record KindNeeds(int have, int need) {

    static final int STATEMENTS = 3;
    static final int PAIRS = 3;
    static final int CHRONOLOGY = 4;

    int missing() {
        return Math.max(need - have, 0);
    }

    static KindNeeds of(Kind kind, FactBase candidate, String source) {
        List<Fact> facts = candidate.facts().stream()
                .filter(f -> f.source().id().equals(source))
                .toList();
        return switch (kind) {
            case STATEMENTS, HOW_MANY -> new KindNeeds(facts.size(), STATEMENTS);
            case PAIRS -> new KindNeeds(largestRelation(candidate, facts), PAIRS);
            case CHRONOLOGY ->
                new KindNeeds(
                        (int) facts.stream()
                                .map(f -> f.eventSlot().map(s -> s.value()).orElse(null))
                                .filter(Objects::nonNull)
                                .distinct()
                                .count(),
                        CHRONOLOGY);
            default -> new KindNeeds(0, 0);
        };
    }

    /** The most facts in the base sharing a relation with one of the source's facts. */
    private static int largestRelation(FactBase base, List<Fact> facts) {
        Map<String, Long> sizes = base.facts().stream()
                .filter(f -> f.relation() != null)
                .collect(Collectors.groupingBy(f -> f.relation().name(), Collectors.counting()));
        return facts.stream()
                .filter(f -> f.relation() != null)
                .map(f -> sizes.getOrDefault(f.relation().name(), 0L).intValue())
                .max(Integer::compare)
                .orElse(0);
    }

    static Function<Kind, KindNeeds> on(FactBase candidate, String source) {
        return kind -> of(kind, candidate, source);
    }
}
