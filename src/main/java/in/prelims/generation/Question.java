package in.prelims.generation;

import com.fasterxml.jackson.annotation.JsonFormat;
import in.prelims.fact.FactView.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated item, immutable: what is shown and the key. Printed as the paper prints it: the
 * lead-in ({@code stem}), the numbered statements or pairs (under {@code headings} when a matching
 * item has column headings), the {@code questionLine}, then the options.
 *
 * @param id           stable for the same request and seed
 * @param stem         the lead-in ("With reference to ..., consider the following statements:"), or the whole
 *                     question for kinds that list nothing
 * @param statements   numbered statements or pairs shown under the stem; empty for plain kinds
 * @param headings     column headings over the pairs of a matching item; empty otherwise
 * @param questionLine the question asked after the statements ("Which of the statements given above is/are
 *                     correct?"); null for kinds that list nothing
 * @param options      four options (two for true-false); a flashcard has one: its back
 * @param answer       index into {@code options} of the one correct option
 * @param explanation  the true fact(s), and why each false statement is false
 * @param factIds      the facts the item was built from
 */
public record Question(
        String id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Kind kind,
        String stem,
        List<String> statements,
        List<String> headings,
        String questionLine,
        List<String> options,
        int answer,
        String explanation,
        List<String> factIds,
        List<SourceRef> sources,
        List<String> topics) {

    public Question {
        statements = List.copyOf(statements);
        headings = headings == null ? List.of() : List.copyOf(headings);
        options = List.copyOf(options);
        factIds = List.copyOf(factIds);
        sources = List.copyOf(sources);
        topics = List.copyOf(topics);
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer " + answer + " is outside the " + options.size() + " options");
        }
    }

    /** An item without headings or a question line of its own: everything is in the stem. */
    public Question(
            String id,
            Kind kind,
            String stem,
            List<String> statements,
            List<String> options,
            int answer,
            String explanation,
            List<String> factIds,
            List<SourceRef> sources,
            List<String> topics) {
        this(id, kind, stem, statements, List.of(), null, options, answer, explanation, factIds, sources, topics);
    }

    public String answerText() {
        return options.get(answer);
    }

    /**
     * The same question with its options shown in another order.
     *
     * @param order order.get(i) is the index of the current option to show at position i
     */
    public Question withOptionOrder(List<Integer> order) {
        if (order.size() != options.size() || order.stream().distinct().count() != options.size()) {
            throw new IllegalArgumentException(
                    "an option order must be a permutation of " + options.size() + " options");
        }
        List<String> reordered = new ArrayList<>();
        order.forEach(i -> reordered.add(options.get(i)));
        return new Question(
                id,
                kind,
                stem,
                statements,
                headings,
                questionLine,
                reordered,
                order.indexOf(answer),
                explanation,
                factIds,
                sources,
                topics);
    }
}
