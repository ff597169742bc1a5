package in.prelims.generation;

import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Decides whether a generated item may be served. The key is recomputed from the truth of each
 * claim in the fact base, not taken from the generator.
 */
final class QualityGate {

    private static final Logger LOG = Logger.getLogger(QualityGate.class);
    /** The longest option may be at most this many times the shortest, plus {@link #LENGTH_SLACK} characters. */
    private static final int LENGTH_RATIO = 2;

    private static final int LENGTH_SLACK = 16;

    private final FactIndex index;
    private final Echo echo;

    QualityGate(FactIndex index) {
        this.index = index;
        this.echo = new Echo(index.gazetteer());
    }

    /** The draft as a question, or empty after logging why it was dropped. */
    Optional<Question> admit(Draft draft) {
        Optional<String> problem = problem(draft);
        if (problem.isPresent()) {
            LOG.debugf(
                    "dropped %s item from %s (%s): %s",
                    draft.kind(), draft.facts().get(0).id(), draft.phrasing(), problem.get());
            return Optional.empty();
        }
        return Optional.of(draft.toQuestion());
    }

    /** The first rule the draft breaks, or empty when it may be served. */
    Optional<String> problem(Draft d) {
        int expected = d.kind().options();
        if (d.options().size() != expected) return Optional.of(d.options().size() + " options, expected " + expected);
        if (d.meanings().size() != d.options().size()) return Optional.of("every option needs a meaning");
        if (d.stem().isBlank()) return Optional.of("empty stem");
        Optional<String> placeholder = Stream.of(List.of(d.stem(), d.explanation()), d.statements(), d.options())
                .flatMap(List::stream)
                .filter(t -> Texts.hasPlaceholder(t) || t.isBlank())
                .findFirst();
        if (placeholder.isPresent()) return Optional.of("unfilled or empty text: '" + placeholder.get() + "'");
        Set<String> distinct = new HashSet<>();
        for (String option : d.options()) {
            if (!distinct.add(Texts.normalise(option)))
                return Optional.of("options repeat after normalising: " + d.options());
        }
        Optional<String> listed = statementsProblem(d);
        if (listed.isPresent()) return listed;
        if (d.kind() == Kind.PAIRS && matchedValueRepeats(d))
            return Optional.of("a right-hand value repeats: " + d.statements());
        if (d.kind().judgesWholeStatements() && d.claims().stream().anyMatch(c -> !StatementSet.judgeable(c.fact()))) {
            return Optional.of("a statement to judge has a disputed slot");
        }
        Optional<String> key = keyProblem(d);
        if (key.isPresent()) return key;
        if (d.key() != null) return valueOptionProblem(d);
        return Optional.empty();
    }

    /** Whether a column right of the first shows one value twice, which would cue the answer. */
    private boolean matchedValueRepeats(Draft d) {
        int columns = d.claims().get(0).fact().relation().columns().size();
        for (int column = 1; column < columns; column++) {
            int at = column;
            long distinct = d.claims().stream()
                    .map(c -> index.canonical()
                            .of(c.slot(c.fact().relation().columns().get(at))))
                    .distinct()
                    .count();
            if (distinct != d.claims().size()) return true;
        }
        return false;
    }

    /** Plain kinds list nothing; the others list 2-4 distinct statements, each backed by a claim. */
    private static Optional<String> statementsProblem(Draft d) {
        int n = d.statements().size();
        if (!d.kind().listsStatements())
            return n == 0 ? Optional.empty() : Optional.of(d.kind() + " lists no statements");
        if (n < 2 || n > 4) return Optional.of(n + " statements; 2 to 4 are shown");
        if (d.claims().size() != n) return Optional.of("every statement needs its claim");
        if (d.statements().stream().map(Texts::normalise).distinct().count() != n)
            return Optional.of("statements repeat");
        if (d.kind() == Kind.CHRONOLOGY) {
            for (int i = 0; i < n; i++) {
                String year = d.claims()
                        .get(i)
                        .fact()
                        .eventSlot()
                        .orElseThrow()
                        .value()
                        .substring(0, 4);
                if (d.statements().get(i).contains(year))
                    return Optional.of("event " + (i + 1) + " shows its own year");
            }
        }
        return Optional.empty();
    }

    private Optional<String> keyProblem(Draft d) {
        List<Boolean> truth =
                new ArrayList<>(d.claims().stream().map(index::holds).toList());
        if (d.kind() == Kind.STATEMENT_REASON) {
            truth.add(d.claims()
                    .get(1)
                    .fact()
                    .id()
                    .equals(d.claims().get(0).fact().explainedBy()));
        }
        List<Integer> order = chronologicalOrder(d);
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < d.meanings().size(); i++) {
            if (d.meanings().get(i).isRight(truth, order)) right.add(i);
        }
        if (d.kind() == Kind.CHRONOLOGY && order == null) return Optional.of("events that cannot be ordered");
        if (right.size() != 1) return Optional.of(right.size() + " options are correct by the fact base: " + right);
        if (right.get(0) != d.answer()) return Optional.of("the key is option " + right.get(0) + ", not " + d.answer());
        return Optional.empty();
    }

    /** Statement indexes from earliest to latest, or null when two events overlap at their granularity. */
    private static List<Integer> chronologicalOrder(Draft d) {
        if (d.kind() != Kind.CHRONOLOGY) return null;
        List<EventSpan> spans =
                d.claims().stream().map(c -> EventSpan.of(c.fact())).toList();
        return EventSpan.order(spans).orElse(null);
    }

    /** MCQ, cloze and flashcard: the key must not be in the stem; options must look alike. */
    private Optional<String> valueOptionProblem(Draft d) {
        String stem = Texts.padded(d.stem());
        if (stem.contains(Texts.padded(d.key()))) return Optional.of("the stem gives the key away: " + d.key());
        for (String option : d.options()) {
            if (stem.contains(Texts.padded(option))) return Optional.of("the stem names option '" + option + "'");
        }
        List<String> wrong = new ArrayList<>(d.options());
        wrong.remove(d.answer());
        Optional<String> echoed = d.kind() == Kind.FLASHCARD ? Optional.empty() : echo.of(d.stem(), d.key(), wrong);
        if (echoed.isPresent()) return Optional.of("the stem echoes the key: " + echoed.get());
        if (d.options().size() < 2) return Optional.empty();
        if (!similarLength(d.options())) return Optional.of("options differ too much in length: " + d.options());
        if (d.claims().get(0).swapped().kind() == SlotKind.ENTITY) return Optional.empty();
        Set<String> forms = new HashSet<>();
        d.options().forEach(o -> forms.add(form(o)));
        return forms.size() > 1 ? Optional.of("options differ in form: " + d.options()) : Optional.empty();
    }

    /** No option so much longer than another that length alone points at the key. */
    static boolean similarLength(List<String> options) {
        int shortest = options.stream().mapToInt(String::length).min().orElse(0);
        int longest = options.stream().mapToInt(String::length).max().orElse(0);
        return longest <= LENGTH_RATIO * shortest + LENGTH_SLACK;
    }

    /**
     * The words around the figures: "USD 1.6 billion" and "USD 2.4 billion" share the form
     * "usd # billion"; "1 year" and "3 years" share "# year"; "7 October 2020" and "9 May 2021" "# m #".
     */
    static String form(String option) {
        StringBuilder out = new StringBuilder();
        for (String word : Texts.normalise(option).split(" ")) {
            String shape = Texts.MONTHS.contains(word)
                    ? "m"
                    : !word.isEmpty() && Character.isDigit(word.charAt(0))
                            ? "#"
                            : word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            out.append(shape).append(' ');
        }
        return out.toString().trim();
    }
}
