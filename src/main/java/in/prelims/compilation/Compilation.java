package in.prelims.compilation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Period;
import in.prelims.fact.Source;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every fact of one month, by topic, each with its citation: what an aspirant revises at the end of a
 * month. A fact stands under its own first topic, or its source's first topic when it adds none.
 *
 * @param month   "October 2020"
 * @param slug    "2020-10"
 * @param sources the month's documents, oldest first
 */
record Compilation(String month, String slug, List<Section> sections, List<Source> sources, int factCount) {

    record Section(String topic, List<Entry> facts) {}

    /** A fact in our words; {@code disputed} notes where sources differ. */
    record Entry(String text, String label, String citation, List<String> disputed) {}

    static Compilation of(FactBase base, YearMonth month) {
        Period period = Period.month(month);
        List<Fact> facts = base.factsIn(period).stream()
                .sorted(Comparator.comparing((Fact f) -> f.source().published())
                        .thenComparing(f -> f.source().id()))
                .toList();
        Map<String, List<Entry>> byTopic = new TreeMap<>();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        for (Fact f : facts) {
            sources.add(f.source());
            byTopic.computeIfAbsent(topicOf(f), t -> new ArrayList<>())
                    .add(new Entry(
                            f.render(),
                            f.label(),
                            f.source().citation(),
                            List.copyOf(f.disputed().values())));
        }
        List<Section> sections = new ArrayList<>();
        byTopic.forEach((topic, entries) -> sections.add(new Section(topic, entries)));
        return new Compilation(period.describe(), month.toString(), sections, List.copyOf(sources), facts.size());
    }

    private static String topicOf(Fact fact) {
        List<String> own = fact.topics().stream()
                .filter(t -> !fact.source().topics().contains(t))
                .toList();
        return own.isEmpty() ? fact.source().topics().get(0) : own.get(0);
    }
}
