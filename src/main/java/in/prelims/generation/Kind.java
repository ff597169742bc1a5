package in.prelims.generation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import in.prelims.fact.Fact;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The question formats an aspirant meets in the exam, plus practice kinds and flashcards. Each kind
 * carries its rules and its generator; nothing else decides by kind. Adding one: a constant here, its
 * generator, its templates (templates/, {@link TemplateKeys}) and its name in messages/quiz.properties.
 */
public enum Kind {
    MCQ("mcq", Use.EXAM, 4, Shown.OPTIONS_ONLY, Order.FREE, Pool::asked, McqGenerator::new),
    CLOZE("cloze", Use.PRACTICE, 4, Shown.OPTIONS_ONLY, Order.FREE, Pool::facts, ClozeGenerator::new),
    TRUE_FALSE(
            "true-false", Use.PRACTICE, 2, Shown.JUDGED_STATEMENT, Order.FIXED, Pool::facts, TrueFalseGenerator::new),
    STATEMENTS("statements", Use.EXAM, 4, Shown.JUDGED_STATEMENTS, Order.FIXED, Pool::facts, StatementsGenerator::new),
    HOW_MANY("how-many", Use.EXAM, 4, Shown.JUDGED_STATEMENTS, Order.FIXED, Pool::facts, HowManyGenerator::new),
    PAIRS("pairs", Use.EXAM, 4, Shown.STATEMENTS, Order.FIXED, Pool::related, PairsGenerator::new),
    CHRONOLOGY(
            "chronology",
            Use.EXAM,
            4,
            Shown.STATEMENTS,
            Order.FREE,
            Pool::events,
            m -> new ChronologyGenerator(m.index())),
    STATEMENT_REASON(
            "statement-reason",
            Use.EXAM,
            4,
            Shown.JUDGED_STATEMENTS,
            Order.FIXED,
            Pool::explained,
            StatementReasonGenerator::new),
    FLASHCARD(
            "flashcard",
            Use.FLASHCARD,
            1,
            Shown.OPTIONS_ONLY,
            Order.FIXED,
            Pool::facts,
            m -> new FlashcardGenerator(m.index()));

    /** Where a kind may be used. */
    enum Use {
        /** A format of the real exam. */
        EXAM,
        /** Not in the exam, but asked with options in quizzes and worksheets for practice. */
        PRACTICE,
        /** Front and back, no options to choose from: decks and Anki. */
        FLASHCARD
    }

    /** What the item lists besides its options. */
    private enum Shown {
        OPTIONS_ONLY,
        /** A numbered list: pairs, events. */
        STATEMENTS,
        /** A numbered list whose every statement is judged true or false as a whole. */
        JUDGED_STATEMENTS,
        /** One statement in the stem, judged true or false as a whole. */
        JUDGED_STATEMENT
    }

    private enum Order {
        /** The options may be printed in any order. */
        FREE,
        /** The options are codes printed in their natural order ("1 only, 2 only, Both, Neither"; "True, False"). */
        FIXED
    }

    private final String slug;
    private final Use use;
    private final int options;
    private final Shown shown;
    private final Order order;
    private final Function<Pool, List<Fact>> anchors;
    private final Function<Material, Generator> generator;

    Kind(
            String slug,
            Use use,
            int options,
            Shown shown,
            Order order,
            Function<Pool, List<Fact>> anchors,
            Function<Material, Generator> generator) {
        this.slug = slug;
        this.use = use;
        this.options = options;
        this.shown = shown;
        this.order = order;
        this.anchors = anchors;
        this.generator = generator;
    }

    /** The kinds asked with options to choose from: quizzes, worksheets, GIFT and Moodle XML hold only these. */
    public static List<Kind> withOptions() {
        return Arrays.stream(values()).filter(Kind::hasOptionsToChoose).toList();
    }

    /** The kinds the real paper sets: what a UPSC-style quiz or worksheet asks unless kinds are chosen. */
    public static List<Kind> exam() {
        return Arrays.stream(values()).filter(Kind::inExam).toList();
    }

    /** False for flashcards, which have a front and a back. */
    public boolean hasOptionsToChoose() {
        return use != Use.FLASHCARD;
    }

    public boolean isFlashcard() {
        return use == Use.FLASHCARD;
    }

    /** A format of the real exam, not only a practice kind or a flashcard. */
    public boolean inExam() {
        return use == Use.EXAM;
    }

    /** How many options every item of this kind has. */
    public int options() {
        return options;
    }

    /** Whether the item lists numbered statements (or pairs, or events) above its options. */
    public boolean listsStatements() {
        return shown == Shown.STATEMENTS || shown == Shown.JUDGED_STATEMENTS;
    }

    /** Whether each statement shown is judged true or false as a whole, so none may rest on a disputed value. */
    public boolean judgesWholeStatements() {
        return shown == Shown.JUDGED_STATEMENTS || shown == Shown.JUDGED_STATEMENT;
    }

    /** Whether the options are codes in a natural order that printing must keep; else they may be shuffled. */
    public boolean fixedOptionOrder() {
        return order == Order.FIXED;
    }

    /** The facts of {@code pool} that can anchor an item of this kind. */
    List<Fact> anchors(Pool pool) {
        return anchors.apply(pool);
    }

    Generator newGenerator(Material material) {
        return generator.apply(material);
    }

    /** The name used in URLs, JSON and template files: "true-false". */
    @JsonValue
    public String slug() {
        return slug;
    }

    public static Optional<Kind> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(k -> k.slug.equalsIgnoreCase(slug == null ? "" : slug.trim()))
                .findFirst();
    }

    /** Reads a kind back from JSON: its slug, or its enum name as older stored JSON may have it. */
    @JsonCreator
    public static Kind fromJson(String value) {
        return ofSlug(value).orElseGet(() -> valueOf(value));
    }

    @Override
    public String toString() {
        return slug;
    }
}
