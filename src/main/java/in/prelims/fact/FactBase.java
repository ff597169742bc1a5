package in.prelims.fact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded, validated facts: immutable, shared by every request. */
public final class FactBase {

    private final List<Source> sources;
    private final List<Fact> facts;
    private final Gazetteer gazetteer;
    private final Map<String, Fact> byId;
    private final Map<String, Source> sourcesById;
    private final Map<String, FactList> lists;

    FactBase(List<Source> sources, List<Fact> facts, Gazetteer gazetteer, Map<String, FactList> lists) {
        this.lists = Map.copyOf(lists);
        this.sources = sources.stream()
                .sorted(Comparator.comparing(Source::published).thenComparing(Source::id))
                .toList();
        this.facts = List.copyOf(facts);
        this.gazetteer = gazetteer;
        this.byId = facts.stream()
                .collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.sourcesById = this.sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Fact> facts() {
        return facts;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The list a fact's slot names a member of, when it does. */
    public Optional<FactList> list(Fact fact, String slotName) {
        return fact.isListSlot(slotName)
                ? Optional.ofNullable(lists.get(fact.list().name()))
                : Optional.empty();
    }

    public Map<String, FactList> lists() {
        return lists;
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public List<Fact> factsOf(Source source) {
        return facts.stream().filter(f -> f.source().id().equals(source.id())).toList();
    }

    /** The facts whose source is dated within the period. */
    public List<Fact> factsIn(Period period) {
        return period.isAll()
                ? facts
                : facts.stream()
                        .filter(f -> period.contains(f.source().published()))
                        .toList();
    }

    /** The date of the newest document, if there is any. */
    public Optional<LocalDate> newestDocument() {
        return sources.isEmpty()
                ? Optional.empty()
                : Optional.of(sources.get(sources.size() - 1).published());
    }

    /** Every topic with its number of facts, alphabetically. */
    public Map<String, Long> topicCounts() {
        return facts.stream()
                .flatMap(f -> f.topics().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
