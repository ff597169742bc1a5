package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A paper as it is put together, item by item, the way a moderator reads it as a whole: a fact (or
 * another source's fact of the same label) at most once; no item printing another's key; no stem asked
 * twice; no statement printed twice (two facts of one list falsified with the same wrong value).
 */
final class Assembly {

    /** A paper (a fact once, no key printed twice) or a deck of flashcards (each card distinct only). */
    private final boolean factsOnce;

    private final Set<Fact> facts = Pool.identitySet();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final Set<String> statements = new HashSet<>();
    /** The asked value of every mcq, cloze and flashcard item so far, padded for whole-word search. */
    private final List<String> keys = new ArrayList<>();
    /** Everything each item so far prints: stem, statements, question line and options. */
    private final List<String> printed = new ArrayList<>();

    Assembly(boolean factsOnce) {
        this.factsOnce = factsOnce;
    }

    /** Whether an earlier item used the fact, or a fact of the same label (the same event from another source). */
    boolean used(Fact fact) {
        return factsOnce && (facts.contains(fact) || labels.contains(Texts.normalise(fact.label())));
    }

    /** Why the draft cannot join this paper, or empty when it can. */
    Optional<String> conflict(Draft d) {
        for (Fact f : d.facts()) if (used(f)) return Optional.of("fact " + f.id() + " is already in the paper");
        if (stems.contains(stem(d))) return Optional.of("the stem is already in the paper");
        if (!factsOnce) return Optional.empty();
        for (String statement : d.statements())
            if (statements.contains(Texts.normalise(statement)))
                return Optional.of("it prints a statement already in the paper");
        String text = printed(d);
        for (String key : keys) if (text.contains(key)) return Optional.of("it prints an earlier item's key");
        if (d.key() != null) {
            String key = Texts.padded(d.key());
            for (String other : printed) if (other.contains(key)) return Optional.of("an earlier item prints its key");
        }
        return Optional.empty();
    }

    void add(Draft d) {
        d.facts().forEach(f -> {
            facts.add(f);
            labels.add(Texts.normalise(f.label()));
        });
        stems.add(stem(d));
        d.statements().forEach(statement -> statements.add(Texts.normalise(statement)));
        printed.add(printed(d));
        if (d.key() != null) keys.add(Texts.padded(d.key()));
    }

    /** The stem as a reader meets it: with its statements when it lists some, as lead-ins repeat by design. */
    private static String stem(Draft d) {
        return Texts.normalise(d.stem() + " " + String.join(" ", d.statements()));
    }

    /** What the item prints besides its key, padded for whole-word search. */
    private static String printed(Draft d) {
        List<String> parts = new ArrayList<>(List.of(d.stem()));
        parts.addAll(d.statements());
        if (d.questionLine() != null) parts.add(d.questionLine());
        if (d.key() == null) parts.addAll(d.options());
        else d.options().stream().filter(o -> !o.equals(d.key())).forEach(parts::add);
        return Texts.padded(String.join(" | ", parts));
    }
}
