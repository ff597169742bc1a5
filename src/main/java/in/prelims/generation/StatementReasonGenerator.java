package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Statement-I / Statement-II with UPSC's four options in their fixed order: (a) both correct and II
 * explains I; (b) both correct, II does not explain I; (c) I correct, II incorrect; (d) I incorrect, II
 * correct. Statement-I is a fact that names its explaining fact ({@code explained-by}); only that curated
 * link makes (a) the key.
 */
final class StatementReasonGenerator implements Generator {

    private static final List<String> OPTION_KEYS =
            List.of("option-explains", "option-not-explains", "option-first-only", "option-second-only");

    private static final List<OptionMeaning> MEANINGS = List.of(
            new OptionMeaning.Reason(true, true, true),
            new OptionMeaning.Reason(true, true, false),
            new OptionMeaning.Reason(true, false, false),
            new OptionMeaning.Reason(false, true, false));

    private final Material material;

    StatementReasonGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        Fact reason = material.index().fact(anchor.explainedBy());
        if (reason == null || !StatementSet.judgeable(anchor) || !StatementSet.judgeable(reason))
            return Optional.empty();
        if (!pool.contains(reason)) return Optional.empty();
        Optional<Claim> first;
        Optional<Claim> second;
        switch (position) {
            case 0 -> {
                first = Optional.of(Claim.of(anchor));
                second = Optional.of(Claim.of(reason));
            }
            case 1 -> {
                first = Optional.of(Claim.of(anchor));
                second = unrelated(anchor, pool, random).map(Claim::of);
            }
            case 2 -> {
                first = Optional.of(Claim.of(anchor));
                second = material.falsify(reason, pool, random);
            }
            default -> {
                first = material.falsify(anchor, pool, random);
                second = Optional.of(Claim.of(reason));
            }
        }
        if (first.isEmpty() || second.isEmpty()) return Optional.empty();
        List<Claim> claims = List.of(first.get(), second.get());
        if (StatementSet.givesAnotherAway(claims)) return Optional.empty();
        List<String> statements = List.of(
                phrasing.fill("statement-one", Map.of("statement", claims.get(0).render())),
                phrasing.fill("statement-two", Map.of("statement", claims.get(1).render())));
        return Optional.of(new Draft(
                        Kind.STATEMENT_REASON,
                        phrasing.id(),
                        phrasing.text("stem"),
                        statements,
                        OPTION_KEYS.stream().map(phrasing::text).toList(),
                        MEANINGS,
                        position,
                        explanation(phrasing, claims, position, material.reasons()),
                        claims.stream().map(Claim::fact).toList(),
                        claims,
                        null)
                .laidOut(phrasing.text("question-line"), List.of()));
    }

    /**
     * A true fact on the same subject (it shares a named value with Statement-I or its reason) that
     * neither explains it nor is explained by it: a Statement-II an aspirant must weigh, not one
     * plainly off the subject. Empty when the base has none.
     */
    private Optional<Fact> unrelated(Fact anchor, Pool pool, Random random) {
        Fact reason = material.index().fact(anchor.explainedBy());
        Set<String> subject = namedValues(anchor);
        subject.addAll(namedValues(reason));
        String subjectText = (anchor.render() + " " + reason.render()).toLowerCase(Locale.ROOT);
        for (String topic : anchor.topics()) {
            Optional<Fact> found = pool
                    .inTopic(
                            anchor,
                            topic,
                            1,
                            random,
                            f -> StatementSet.judgeable(f)
                                    && !f.id().equals(anchor.explainedBy())
                                    && !anchor.id().equals(f.explainedBy())
                                    && !f.label().equals(anchor.label())
                                    && !f.label().equals(reason.label())
                                    && onSubject(f, subject, subjectText))
                    .stream()
                    .findFirst();
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Whether {@code f} names a value of the subject, or the subject's statements name one of its values. */
    private static boolean onSubject(Fact f, Set<String> subject, String subjectText) {
        String text = f.render().toLowerCase(Locale.ROOT);
        Set<String> values = namedValues(f);
        return !Collections.disjoint(values, subject)
                || subject.stream().anyMatch(text::contains)
                || values.stream().anyMatch(subjectText::contains);
    }

    /** The entity values a fact names, lower-cased: what it is about. */
    private static Set<String> namedValues(Fact fact) {
        Set<String> values = new HashSet<>();
        fact.slots().values().stream()
                .filter(slot -> slot.kind() == SlotKind.ENTITY)
                .forEach(slot -> values.add(slot.value().toLowerCase(Locale.ROOT)));
        return values;
    }

    private static String explanation(Phrasing phrasing, List<Claim> claims, int position, Reasons reasons) {
        List<String> lines = new ArrayList<>();
        String[] numbers = {"I", "II"};
        for (int i = 0; i < claims.size(); i++) {
            lines.add(StatementSet.line(phrasing, claims.get(i), numbers[i], reasons));
        }
        if (position == 0) lines.add(phrasing.text("explain-link"));
        if (position == 1) lines.add(phrasing.text("explain-no-link"));
        return String.join(" ", lines);
    }
}
