package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactList;
import in.prelims.fact.NumberWords;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card that stands alone: its front has exactly one valid answer. Front: the wh-question (or the
 * cloze when the slot has none); back: the value; explanation: the statement. Facts answering one
 * question together form a list: "Name the seven pillars of ..." with every member on the back.
 */
final class FlashcardGenerator implements Generator {

    /**
     * "Which of the following is one of the seven pillars of X?": the list is "the seven pillars of X". Sentences before
     * the question are its context ("India and Japan describe their visions as similar."), which the card keeps.
     */
    private static final Pattern LIST_QUESTION = Pattern.compile("(?i)^(.*[.!?]\\s+)?[^.!?]*\\bone of (the .+?)\\??$");

    private static final Pattern CHOOSING = Pattern.compile("(?i)^\\s*which (one )?of the following\\b.*");

    private final FactIndex index;

    FlashcardGenerator(FactIndex index) {
        this.index = index;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        Optional<Slot> listed = Material.askable(anchor, pool).stream()
                .filter(s -> isList(anchor, s))
                .findFirst();
        if (listed.isPresent()) return listCard(anchor, listed.get(), pool, phrasing);
        List<Slot> slots = Material.askable(anchor, pool).stream()
                .filter(s -> anchor.alsoTrue(s.name()).isEmpty())
                .toList();
        if (slots.isEmpty()) return Optional.empty();
        List<Slot> asked = slots.stream().filter(s -> plainQuestion(anchor, s)).toList();
        List<Slot> choice = asked.isEmpty() ? slots : asked;
        Slot slot = choice.get(random.nextInt(choice.size()));
        String front = plainQuestion(anchor, slot)
                ? phrasing.fill("front-ask", Map.of("question", anchor.ask().get(slot.name()), "label", anchor.label()))
                : phrasing.fill(
                        "front-cloze",
                        Map.of(
                                "statement",
                                index.renderBlank(anchor, slot.name(), phrasing.text("blank")),
                                "label",
                                anchor.label()));
        String explanation = phrasing.fill("explanation", Map.of("statement", index.render(anchor)));
        return Optional.of(
                card(phrasing, front, slot.display(), explanation, List.of(anchor), Claim.swapped(anchor, slot)));
    }

    /** A wh-question with one answer, not a "which of the following" that needs options beside it. */
    private static boolean plainQuestion(Fact fact, Slot slot) {
        String question = fact.ask().get(slot.name());
        return question != null && !CHOOSING.matcher(question).matches();
    }

    private boolean isList(Fact fact, Slot slot) {
        String question = fact.ask().get(slot.name());
        return question != null && index.askedAlike(question).size() > 1;
    }

    /** "Name the seven pillars of ...": the back lists every fact answering the same question. */
    private Optional<Draft> listCard(Fact anchor, Slot slot, Pool pool, Phrasing phrasing) {
        String question = anchor.ask().get(slot.name());
        Matcher m = LIST_QUESTION.matcher(question.trim());
        if (!m.matches()) return Optional.empty();
        List<Fact> members = new ArrayList<>();
        TreeSet<String> values = new TreeSet<>();
        for (Fact f : index.askedAlike(question)) {
            if (pool.used(f)) return Optional.empty();
            f.ask().entrySet().stream()
                    .filter(e -> Texts.normalise(e.getValue()).equals(Texts.normalise(question)))
                    .map(e -> f.slots().get(e.getKey()))
                    .forEach(s -> values.add(s.display()));
            members.add(f);
        }
        String context = m.group(1) == null ? "" : m.group(1);
        // an open list's back holds only the members the sources give, so its front asks for that many
        FactList declared = anchor.list() == null
                ? null
                : index.base().lists().get(anchor.list().name());
        boolean complete = declared != null && declared.complete();
        String list =
                complete ? counted(m.group(2), values.size()) : NumberWords.word(values.size()) + " of " + m.group(2);
        String front = phrasing.fill("front-list", Map.of("context", context, "list", list));
        String explanation = String.join(
                " ",
                members.stream()
                        .map(f -> phrasing.fill("explanation", Map.of("statement", index.render(f))))
                        .toList());
        return Optional.of(
                card(phrasing, front, String.join("; ", values), explanation, members, Claim.swapped(anchor, slot)));
    }

    /** "the pillars of X" as "the seven pillars of X", unless it gives the number already. */
    private static String counted(String list, int members) {
        String word = NumberWords.word(members);
        return list.startsWith("the ") && !list.contains(" " + word + " ")
                ? "the " + word + " " + list.substring("the ".length())
                : list;
    }

    private static Draft card(
            Phrasing phrasing, String front, String back, String explanation, List<Fact> facts, Claim claim) {
        return new Draft(
                Kind.FLASHCARD,
                phrasing.id(),
                front,
                List.of(),
                List.of(back),
                List.of(new OptionMeaning.Holds(0)),
                0,
                explanation,
                facts,
                List.of(claim),
                back);
    }
}
