package in.prelims.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which keys a template of each kind has and which {placeholders} each key may use. */
final class TemplateKeys {

    /** Keys whose value is a whole number, not text. */
    static final Set<String> NUMBERS = Set.of("statements", "events");
    /** The one key whose value is a map of count to option label. */
    static final String COUNTS = "counts";

    private static final Map<Kind, Map<String, Set<String>>> REQUIRED = new LinkedHashMap<>();
    private static final Map<Kind, Map<String, Set<String>>> OPTIONAL = new LinkedHashMap<>();

    static {
        Map<String, Set<String>> statementLines = Map.of(
                "explain-correct", Set.of("n", "statement"),
                "explain-incorrect", Set.of("n", "statement", "truth", "wrong", "right", "why"));
        Map<String, Set<String>> subsetOptions = Map.of(
                "option-only",
                Set.of("list"),
                "option-all",
                Set.of("list"),
                "option-both",
                Set.of("list"),
                "option-neither",
                Set.of("first", "second"),
                "and",
                Set.of());

        REQUIRED.put(
                Kind.MCQ, Map.of("stem", Set.of("question", "label"), "explanation", Set.of("statement", "why-not")));
        REQUIRED.put(
                Kind.CLOZE,
                Map.of(
                        "stem",
                        Set.of("statement", "label"),
                        "blank",
                        Set.of(),
                        "explanation",
                        Set.of("statement", "why-not")));
        REQUIRED.put(
                Kind.TRUE_FALSE,
                Map.of(
                        "stem",
                        Set.of("statement"),
                        "true",
                        Set.of(),
                        "false",
                        Set.of(),
                        "explain-true",
                        Set.of("statement"),
                        "explain-false",
                        Set.of("statement", "truth", "wrong", "right", "why")));
        REQUIRED.put(
                Kind.STATEMENTS,
                merge(
                        Map.of(
                                "stem",
                                Set.of("topic"),
                                "question-line",
                                Set.of(),
                                "ask-for",
                                Set.of(),
                                "statements",
                                Set.of(),
                                "option-only",
                                Set.of("list"),
                                "and",
                                Set.of()),
                        statementLines));
        OPTIONAL.put(Kind.STATEMENTS, subsetOptions);
        REQUIRED.put(
                Kind.HOW_MANY,
                merge(
                        Map.of(
                                "stem",
                                Set.of("topic"),
                                "question-line",
                                Set.of("members"),
                                "ask-for",
                                Set.of(),
                                COUNTS,
                                Set.of()),
                        statementLines));
        REQUIRED.put(
                Kind.PAIRS,
                Map.of(
                        "stem",
                        Set.of(),
                        "question-line",
                        Set.of(),
                        "ask-for",
                        Set.of(),
                        "pair",
                        Set.of("left", "right"),
                        "explain-correct",
                        Set.of("n", "pair", "truth"),
                        "explain-incorrect",
                        Set.of("n", "pair", "truth", "why")));
        OPTIONAL.put(
                Kind.PAIRS,
                merge(
                        Map.of("statements", Set.of(), COUNTS, Set.of(), "row", Set.of("left", "middle", "right")),
                        subsetOptions));
        REQUIRED.put(
                Kind.CHRONOLOGY,
                Map.of(
                        "stem",
                        Set.of(),
                        "question-line",
                        Set.of(),
                        "events",
                        Set.of(),
                        "separator",
                        Set.of(),
                        "item",
                        Set.of("label"),
                        "explain-order",
                        Set.of("order"),
                        "explain-event",
                        Set.of("n", "label", "date")));
        REQUIRED.put(
                Kind.STATEMENT_REASON,
                merge(
                        Map.of(
                                "stem",
                                Set.of(),
                                "statement-one",
                                Set.of("statement"),
                                "statement-two",
                                Set.of("statement"),
                                "question-line",
                                Set.of(),
                                "option-explains",
                                Set.of(),
                                "option-not-explains",
                                Set.of(),
                                "option-first-only",
                                Set.of(),
                                "option-second-only",
                                Set.of(),
                                "explain-link",
                                Set.of(),
                                "explain-no-link",
                                Set.of()),
                        statementLines));
        REQUIRED.put(
                Kind.FLASHCARD,
                Map.of(
                        "front-ask",
                        Set.of("question", "label"),
                        "front-cloze",
                        Set.of("statement", "label"),
                        "front-list",
                        Set.of("context", "list"),
                        "blank",
                        Set.of(),
                        "explanation",
                        Set.of("statement")));
    }

    private TemplateKeys() {}

    @SafeVarargs
    private static Map<String, Set<String>> merge(Map<String, Set<String>>... maps) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map<String, Set<String>> m : maps) out.putAll(m);
        return out;
    }

    static Map<String, Set<String>> required(Kind kind) {
        return REQUIRED.get(kind);
    }

    /** Every key a template of {@code kind} may have, with its allowed placeholders. */
    static Map<String, Set<String>> allowed(Kind kind) {
        return merge(REQUIRED.get(kind), OPTIONAL.getOrDefault(kind, Map.of()));
    }

    /** Every key any kind uses: what a file's shared {@code phrases} may hold. */
    static Set<String> anyKind() {
        Set<String> all = new TreeSet<>();
        for (Kind k : Kind.values()) all.addAll(allowed(k).keySet());
        return all;
    }
}
