package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Three or four dated events to put in order; no two may overlap at their granularity (2019 vs November 2019). */
final class ChronologyGenerator implements Generator {

    private static final int OPTIONS = 4;

    private final FactIndex index;

    ChronologyGenerator(FactIndex index) {
        this.index = index;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        if (!orderable(anchor)
                || !(pool.detail() || anchor.isCore(anchor.eventSlot().orElseThrow()))) return Optional.empty();
        int n = phrasing.number("events");
        List<Fact> events = new ArrayList<>(List.of(anchor));
        Set<String> labels = new HashSet<>(Set.of(anchor.label()));
        pool.near(anchor, index::eventsOfTopic, pool.anchors(Kind.CHRONOLOGY), n - 1, random, f -> {
            boolean fits = orderable(f)
                    && (pool.detail() || f.isCore(f.eventSlot().orElseThrow()))
                    && !labels.contains(f.label())
                    && events.stream().noneMatch(e -> EventSpan.of(e).overlaps(EventSpan.of(f)));
            if (fits) {
                events.add(f);
                labels.add(f.label());
            }
            return fits;
        });
        if (events.size() < n) return Optional.empty();
        Collections.shuffle(events, random);
        List<Integer> order =
                EventSpan.order(events.stream().map(EventSpan::of).toList()).orElseThrow();

        List<List<Integer>> orders = new ArrayList<>();
        while (orders.size() < OPTIONS - 1) {
            List<Integer> other = new ArrayList<>(order);
            Collections.shuffle(other, random);
            if (!other.equals(order) && !orders.contains(other)) orders.add(other);
        }
        orders.add(position, order);
        String separator = phrasing.text("separator");
        List<String> options = orders.stream().map(o -> numbers(o, separator)).toList();
        List<OptionMeaning> meanings =
                orders.stream().<OptionMeaning>map(OptionMeaning.Order::new).toList();
        List<String> items = events.stream()
                .map(e -> phrasing.fill("item", Map.of("label", e.label())))
                .toList();

        List<String> lines =
                new ArrayList<>(List.of(phrasing.fill("explain-order", Map.of("order", numbers(order, separator)))));
        for (int i : order) {
            Fact e = events.get(i);
            lines.add(phrasing.fill(
                    "explain-event",
                    Map.of(
                            "n",
                            String.valueOf(i + 1),
                            "label",
                            e.label(),
                            "date",
                            e.eventSlot().orElseThrow().display())));
        }
        return Optional.of(new Draft(
                Kind.CHRONOLOGY,
                phrasing.id(),
                phrasing.text("stem"),
                items,
                options,
                meanings,
                position,
                String.join(" ", lines),
                events,
                events.stream().map(Claim::of).toList(),
                null));
    }

    /** A dated event whose label does not give its own year away. */
    static boolean orderable(Fact fact) {
        return fact.eventSlot()
                .filter(s -> !fact.disputed().containsKey(s.name()))
                .map(s -> !fact.label().contains(s.value().substring(0, 4)))
                .orElse(false);
    }

    private static String numbers(List<Integer> order, String separator) {
        return String.join(
                separator, order.stream().map(i -> String.valueOf(i + 1)).toList());
    }
}
