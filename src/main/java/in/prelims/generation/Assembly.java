package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A paper as it is put together, item by item, the way a moderator reads it as a whole: a fact (or
 * another source's fact of the same label) at most once; no item printing another's key; no stem asked
 * twice; no statement printed twice (two facts of one list falsified with the same wrong value); a
 * made-up wrong value (one no fact states: "Offensive Cyber Operations", "Mitra Shakti" for Japan) in
 * one item only, and once in it, as option or as the swapped value of a false statement or pair; nothing on a list, or a fact, that
 * a fact of the paper restates in other words ({@code covers}: the definition of POPs names all four of their
 * traits, so a paper that prints it asks no trait), in either order.
 *
 * <p>Each text of a draft is normalised once ({@link Forms}); the stem and everything printed are
 * joined from those parts, which gives what normalising the joined text gives, because the parts are
 * joined by separators. Fact labels come normalised from the index.
 */
final class Assembly {

    /** A paper (a fact once, no key printed twice) or a deck of flashcards (each card distinct only). */
    private final boolean factsOnce;

    /** A fact's label, normalised. */
    private final Function<Fact, String> label;

    /** Whether a wrong value is one no fact states. */
    private final Predicate<Slot> invented;

    /** The made-up wrong values shown so far, as type and value. */
    private final Set<String> inventedShown = new HashSet<>();

    private final Set<Fact> facts = Pool.identitySet();
    private final Set<String> labels = new HashSet<>();
    /** The ids and lists of the paper's facts, and the lists and facts they cover. */
    private final Set<String> ids = new HashSet<>();

    private final Set<String> lists = new HashSet<>();
    private final Set<String> covered = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final Set<String> statements = new HashSet<>();
    /** What each item so far withholds ({@link Draft#withheld}: its key, a false statement's truth), padded. */
    private final List<String> keys = new ArrayList<>();
    /** Everything each item so far prints: stem, statements, question line and options. */
    private final List<String> printed = new ArrayList<>();

    /** Whether a value is too common in the pool to be withheld (a quarter of its facts state it: "Japan"). */
    private final Predicate<String> common;

    /** By list, how many more of its members the paper's statements to judge showed false than true. */
    private final Map<String, Integer> falseLead = new HashMap<>();

    /** The draft last looked at and its normalised texts: an admitted draft is added right after its check. */
    private Draft last;

    private Forms lastForms;

    Assembly(boolean factsOnce) {
        this(factsOnce, f -> Texts.normalise(f.label()), s -> false, v -> false);
    }

    /** A paper whose facts' normalised labels, and which wrong values no fact states, the index knows. */
    Assembly(boolean factsOnce, FactIndex index) {
        this(factsOnce, index, v -> false);
    }

    /** As {@link #Assembly(boolean, FactIndex)}, withholding no value that is {@code common} in the paper's pool. */
    Assembly(boolean factsOnce, FactIndex index, Predicate<String> common) {
        this(factsOnce, index::normalisedLabel, index::invented, common);
    }

    private Assembly(
            boolean factsOnce, Function<Fact, String> label, Predicate<Slot> invented, Predicate<String> common) {
        this.factsOnce = factsOnce;
        this.label = label;
        this.invented = invented;
        this.common = common;
    }

    /** A paper, not a deck of flashcards. */
    boolean isPaper() {
        return factsOnce;
    }

    /**
     * Whether an earlier item used the fact, or a fact of the same label (the same event from another source), or the
     * paper rules it out: a fact of the paper restates it or its list, or it restates a fact or list the paper asks.
     */
    boolean used(Fact fact) {
        return factsOnce && (facts.contains(fact) || labels.contains(label.apply(fact)) || coveredOut(fact));
    }

    /** Whether a fact of the paper covers this fact or its list, or this fact covers one the paper holds. */
    private boolean coveredOut(Fact fact) {
        if (!covered.isEmpty()
                && (covered.contains(fact.id())
                        || (fact.list() != null && covered.contains(fact.list().name())))) return true;
        for (String name : fact.covers()) if (ids.contains(name) || lists.contains(name)) return true;
        return false;
    }

    /** Whether one of the draft's facts covers another of them or its list (a definition beside a trait). */
    private static boolean coversWithin(Draft d) {
        for (Fact f : d.facts()) {
            if (f.covers().isEmpty()) continue;
            for (Fact other : d.facts()) {
                if (other != f
                        && (f.covers(other.id())
                                || (other.list() != null
                                        && f.covers(other.list().name())))) return true;
            }
        }
        return false;
    }

    /** Why the draft cannot join this paper, or empty when it can. */
    Optional<String> conflict(Draft d) {
        for (Fact f : d.facts()) {
            if (factsOnce && coveredOut(f))
                return Optional.of("fact " + f.id() + " restates, or is restated by, a fact of the paper (covers)");
            if (used(f)) return Optional.of("fact " + f.id() + " is already in the paper");
        }
        if (factsOnce && coversWithin(d)) return Optional.of("one of its facts restates another of them (covers)");
        Forms forms = forms(d);
        if (stems.contains(forms.stem())) return Optional.of("the stem is already in the paper");
        if (!factsOnce) return Optional.empty();
        for (String statement : forms.statements())
            if (statements.contains(statement)) return Optional.of("it prints a statement already in the paper");
        Optional<String> contradicted = wrongValueNamedTwice(d, forms);
        if (contradicted.isPresent()) return contradicted;
        Set<String> inventedHere = null;
        int inventedStatements = 0;
        for (Claim c : d.claims()) {
            if (c.swapped() == null) continue;
            String key = inventedKey(c.swapped());
            if (inventedShown.contains(key) && invented.test(c.swapped()))
                return Optional.of("it repeats a made-up wrong value an earlier item shows: "
                        + c.swapped().display());
            if (inventedHere == null) inventedHere = new HashSet<>();
            if (!inventedHere.add(key) && invented.test(c.swapped()))
                return Optional.of(
                        "it shows the made-up wrong value " + c.swapped().display() + " twice");
            if (invented.test(c.swapped())) inventedStatements++;
        }
        // in a set of three or more, two made-up values leave the one real member plain: "Only one" or "None" is
        // found without knowing the source
        if (d.kind().judgesWholeStatements() && d.claims().size() >= 3 && inventedStatements >= 2)
            return Optional.of("it judges more than one made-up wrong value in a set of three or more");
        if (printsKey(forms.printed())) return Optional.of("it prints an earlier item's key");
        for (String withheld : d.withheld())
            if (printsWithheld(withheld)) return Optional.of("an earlier item prints its key");
        return Optional.empty();
    }

    /**
     * A wrong name that another statement of the item also names: "JIMEX is an India–Japan exercise" beside a false
     * "India, Japan and the United States hold JIMEX" asks one fact twice, and each statement settles the other.
     */
    private static Optional<String> wrongValueNamedTwice(Draft d, Forms forms) {
        if (forms.statements().size() < 2) return Optional.empty();
        for (Claim c : d.claims()) {
            if (c.swapped() == null || c.swapped().kind() != SlotKind.ENTITY) continue;
            String name = Texts.padded(c.swapped().display());
            int naming = 0;
            for (String statement : forms.statements())
                if (Texts.prints(" " + statement + " ", name) && ++naming > 1)
                    return Optional.of("its wrong value " + c.swapped().display() + " is named by another statement");
        }
        return Optional.empty();
    }

    void add(Draft d) {
        d.facts().forEach(f -> {
            facts.add(f);
            labels.add(label.apply(f));
            ids.add(f.id());
            if (f.list() != null) lists.add(f.list().name());
            covered.addAll(f.covers());
        });
        Forms forms = forms(d);
        stems.add(forms.stem());
        statements.addAll(forms.statements());
        printed.add(forms.printed());
        for (String withheld : d.withheld()) if (!common.test(withheld)) keys.addAll(Texts.paddedForms(withheld));
        if (factsOnce && d.kind().judgesWholeStatements()) {
            for (Claim c : d.claims())
                if (c.fact().list() != null)
                    falseLead.merge(c.fact().list().name(), c.swapped() != null ? 1 : -1, Integer::sum);
        }
        if (factsOnce) {
            for (Claim c : d.claims())
                if (c.swapped() != null && invented.test(c.swapped())) inventedShown.add(inventedKey(c.swapped()));
        }
    }

    /** Whether an earlier item of the paper prints this statement or pair (generators check before they draft). */
    boolean printsStatement(String statement) {
        return factsOnce && !statements.isEmpty() && statements.contains(Texts.normalise(statement));
    }

    /**
     * How many more members of the list the paper's statements showed false than true: a list whose members keep
     * coming false ("Stable", "Centralised", "Sovereign" as qualities of cyberspace) teaches marking them all false.
     */
    int falseLead(String list) {
        return falseLead.getOrDefault(list, 0);
    }

    /** Whether showing the value (as an option or in a statement) would print what an earlier item withholds. */
    boolean printsKey(Slot value) {
        return factsOnce && !keys.isEmpty() && printsKey(Texts.padded(value.display()));
    }

    /** Whether a text (normalised, padded) prints what an earlier item withholds ({@link Draft#withheld}). */
    private boolean printsKey(String paddedText) {
        for (String key : keys) if (Texts.prints(paddedText, key)) return true;
        return false;
    }

    /** Whether an earlier item prints this value, which a new item would withhold ({@link Draft#withheld}). */
    boolean printsWithheld(String value) {
        if (!factsOnce || printed.isEmpty() || common.test(value)) return false;
        for (String form : Texts.paddedForms(value))
            for (String other : printed) if (Texts.prints(other, form)) return true;
        return false;
    }

    /** Whether an earlier item shows this made-up wrong value (as option, false statement or pair). */
    boolean showsInvented(Slot s) {
        return !inventedShown.isEmpty() && s.kind() == SlotKind.ENTITY && inventedShown.contains(inventedKey(s));
    }

    private static String inventedKey(Slot s) {
        return s.type() + "|" + Texts.normalise(s.display());
    }

    private Forms forms(Draft d) {
        if (d != last) {
            lastForms = Forms.of(d);
            last = d;
        }
        return lastForms;
    }

    /**
     * A draft's texts normalised once.
     *
     * @param stem       the stem as a reader meets it: with its statements when it lists some, as lead-ins repeat by design
     * @param statements each statement
     * @param printed    what the item prints besides its key (stem, statements, question line, other options), padded
     *                   for whole-word search
     */
    record Forms(String stem, List<String> statements, String printed) {

        static Forms of(Draft d) {
            List<String> statements = new ArrayList<>(d.statements().size());
            for (String s : d.statements()) statements.add(Texts.normalise(s));
            // the stem with its statements, then the question line and the options other than the key
            List<String> parts = new ArrayList<>(statements.size() + d.options().size() + 2);
            parts.add(Texts.normalise(d.stem()));
            parts.addAll(statements);
            int stemParts = parts.size();
            if (d.questionLine() != null) parts.add(Texts.normalise(d.questionLine()));
            for (String o : d.options()) if (d.key() == null || !o.equals(d.key())) parts.add(Texts.normalise(o));
            int length = 2;
            for (String part : parts) length += part.length() + 1;
            StringBuilder joined = new StringBuilder(length);
            for (int i = 0; i < stemParts; i++) join(joined, parts.get(i));
            String stem = joined.toString();
            for (int i = stemParts; i < parts.size(); i++) join(joined, parts.get(i));
            String printed = joined.insert(0, ' ').append(' ').toString();
            return new Forms(stem, statements, printed);
        }

        /** Normalised texts joined by a separator normalise to their non-empty parts joined by one space. */
        private static void join(StringBuilder out, String part) {
            if (part.isEmpty()) return;
            if (out.length() > 0) out.append(' ');
            out.append(part);
        }
    }
}
