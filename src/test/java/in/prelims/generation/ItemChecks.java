package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything a served item must satisfy, checked against the {@link Oracle}, not the engine's own truth. */
final class ItemChecks {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final FactBase base;
    private final Oracle oracle;

    ItemChecks(FactBase base) {
        this.base = base;
        this.oracle = new Oracle(base);
    }

    /** What is wrong with the served question {@code q}, built from {@code d} with template {@code p}. */
    List<String> problems(Question q, Draft d, Phrasing p) {
        List<String> out = new ArrayList<>();
        int expected = q.kind() == Kind.TRUE_FALSE ? 2 : q.kind() == Kind.FLASHCARD ? 1 : 4;
        if (q.options().size() != expected) out.add(q.options().size() + " options");
        if (q.options().stream().map(Oracle::plain).distinct().count()
                != q.options().size()) out.add("options repeat");
        List<String> texts = new ArrayList<>(List.of(q.stem(), q.explanation()));
        texts.addAll(q.statements());
        texts.addAll(q.options());
        for (String t : texts)
            if (t.contains("{") || t.contains("}") || t.contains("null") || t.isBlank()) out.add("unfilled: " + t);
        if (q.answer() < 0 || q.answer() >= q.options().size()) out.add("answer out of range");
        List<Integer> right = switch (q.kind()) {
            case MCQ, CLOZE, FLASHCARD -> valueKeys(q, d, out);
            case TRUE_FALSE -> List.of(oracle.isTrue(d.claims().get(0).render()) ? 0 : 1);
            case STATEMENTS, HOW_MANY ->
                p.listsMembers()
                        ? statementKeys(
                                q,
                                p,
                                q.statements().stream()
                                        .map(s -> oracle.isMember(
                                                d.facts().get(0).list().name(), s))
                                        .toList())
                        : statementKeys(
                                q,
                                p,
                                q.statements().stream().map(oracle::isTrue).toList());
            case PAIRS ->
                statementKeys(
                        q,
                        p,
                        q.statements().stream()
                                .map(s -> oracle.pairIsTrue(
                                        p, d.facts().get(0).relation().name(), s))
                                .toList());
            case CHRONOLOGY -> chronologyKeys(q, out);
            case STATEMENT_REASON -> reasonKeys(q, d);
        };
        if (!right.equals(List.of(q.answer())))
            out.add("correct options by the fact base " + right + ", key " + q.answer());
        for (Claim c : d.claims()) {
            if (c.swapped() != null
                    && c.fact().disputed().containsKey(c.swapped().name())) out.add("disputed slot used");
            boolean judgedWhole =
                    q.kind() == Kind.TRUE_FALSE || q.kind() == Kind.STATEMENTS || q.kind() == Kind.HOW_MANY;
            if (judgedWhole && !c.fact().disputed().isEmpty())
                out.add("a fact with a disputed slot judged as a statement");
        }
        // a members item prints values only: which fact a false value stands in for is not shown
        if ((q.kind() == Kind.STATEMENTS || q.kind() == Kind.HOW_MANY)
                && !p.listsMembers()
                && StatementSet.givesAnotherAway(d.claims())) {
            out.add("one statement gives away another's true value");
        }
        for (Fact f : d.facts()) {
            if (d.kind() != Kind.CHRONOLOGY && !q.explanation().contains(f.render()))
                out.add("explanation lacks " + f.id());
        }
        return out;
    }

    /** Exactly the option whose statement is true; the key not in the stem; options alike in form and length. */
    private List<Integer> valueKeys(Question q, Draft d, List<String> out) {
        List<Integer> right = new ArrayList<>();
        Fact f = d.facts().get(0);
        for (int i = 0; i < q.options().size(); i++) {
            Claim c = d.claims().get(i);
            boolean listCard = q.kind() == Kind.FLASHCARD && d.facts().size() > 1;
            if (!listCard && !c.swapped().display().equals(q.options().get(i)))
                out.add("option " + i + " is not its claim's value");
            if (listCard && !q.options().get(i).contains(c.swapped().display()))
                out.add("a list card's back lacks " + c.swapped().display());
            if (oracle.isTrue(c.render())) right.add(i);
            if (i != q.answer()
                    && f.alsoTrue(c.swapped().name()).contains(c.swapped().value()))
                out.add("also-true value as distractor");
        }
        in.prelims.fact.SlotKind kind = d.claims().get(0).swapped().kind();
        if (kind.isTemporal() || kind.isNumeric()) {
            List<java.math.BigDecimal> figures =
                    d.claims().stream().map(c -> Figures.of(c.swapped())).toList();
            if (!figures.stream().sorted().toList().equals(figures))
                out.add("figures not in ascending order " + q.options());
        }
        String stem = " " + Oracle.plain(q.stem()) + " ";
        for (String o : q.options()) if (stem.contains(" " + Oracle.plain(o) + " ")) out.add("stem names option " + o);
        int min = q.options().stream().mapToInt(String::length).min().orElse(0);
        int max = q.options().stream().mapToInt(String::length).max().orElse(0);
        if (max > 2 * min + 16) out.add("options of unlike length " + q.options());
        if (!d.claims().get(0).swapped().kind().equals(in.prelims.fact.SlotKind.ENTITY)
                && q.options().stream().map(QualityGate::form).distinct().count() > 1)
            out.add("options of unlike form " + q.options());
        return right;
    }

    private static List<Integer> statementKeys(Question q, Phrasing p, List<Boolean> truth) {
        boolean askingCorrect = p.askingCorrect();
        Set<Integer> asked = new TreeSet<>();
        for (int i = 0; i < truth.size(); i++) if (truth.get(i) == askingCorrect) asked.add(i + 1);
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            String label = q.options().get(i);
            boolean matches;
            if (!p.counts().isEmpty()) {
                matches = p.counts().stream()
                                .filter(c -> c.label().equals(label))
                                .findFirst()
                                .orElseThrow()
                                .count()
                        == asked.size();
            } else if (p.has("option-neither")
                    && label.equals(p.fill("option-neither", Map.of("first", "1", "second", "2")))) {
                matches = asked.isEmpty();
            } else {
                Set<Integer> named = new TreeSet<>();
                Matcher m = DIGITS.matcher(label);
                while (m.find()) named.add(Integer.parseInt(m.group()));
                matches = named.equals(asked);
            }
            if (matches) right.add(i);
        }
        return right;
    }

    /** (a) both true and II is I's curated reason, (b) both true otherwise, (c) only I true, (d) only II true. */
    private List<Integer> reasonKeys(Question q, Draft d) {
        boolean first = oracle.isTrue(d.claims().get(0).render());
        boolean second = oracle.isTrue(d.claims().get(1).render());
        boolean linked = q.factIds()
                .get(1)
                .equals(base.fact(q.factIds().get(0)).orElseThrow().explainedBy());
        if (first && second) return List.of(linked ? 0 : 1);
        if (first) return List.of(2);
        if (second) return List.of(3);
        return List.of();
    }

    /** The option listing the events from earliest to latest, where no two events overlap. */
    private List<Integer> chronologyKeys(Question q, List<String> out) {
        List<Fact> events =
                q.factIds().stream().map(id -> base.fact(id).orElseThrow()).toList();
        for (int i = 0; i < events.size(); i++) {
            if (!q.statements().get(i).contains(events.get(i).label())) out.add("event " + i + " is not its fact");
            for (int j = i + 1; j < events.size(); j++) {
                LocalDate[] a = Oracle.span(events.get(i));
                LocalDate[] b = Oracle.span(events.get(j));
                if (!a[0].isAfter(b[1]) && !b[0].isAfter(a[1]))
                    out.add("events overlap: " + events.get(i).id() + ", "
                            + events.get(j).id());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) order.add(i + 1);
        order.sort(Comparator.comparing(i -> Oracle.span(events.get(i - 1))[0]));
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            List<Integer> named = new ArrayList<>();
            Matcher m = DIGITS.matcher(q.options().get(i));
            while (m.find()) named.add(Integer.parseInt(m.group()));
            if (named.equals(order)) right.add(i);
        }
        Set<String> distinctOrders = new HashSet<>(q.options());
        if (distinctOrders.size() != q.options().size()) out.add("orders repeat");
        return right;
    }
}
