package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactView.SourceRef;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A generated item before the quality gate: the question as shown plus what each option means and
 * the claims whose truth decides the key.
 *
 * @param claims   for mcq/cloze/flashcard one per option; for the others one per statement (or pair)
 * @param meanings one per option
 * @param key      for mcq, cloze and flashcard items the value shown as the key, else null
 * @param questionLine the question printed after the statements, or null when the stem asks it
 * @param headings column headings over matched pairs, or empty
 */
record Draft(
        Kind kind,
        String phrasing,
        String stem,
        List<String> statements,
        List<String> options,
        List<OptionMeaning> meanings,
        int answer,
        String explanation,
        List<Fact> facts,
        List<Claim> claims,
        String key,
        String questionLine,
        List<String> headings) {

    Draft(
            Kind kind,
            String phrasing,
            String stem,
            List<String> statements,
            List<String> options,
            List<OptionMeaning> meanings,
            int answer,
            String explanation,
            List<Fact> facts,
            List<Claim> claims,
            String key) {
        this(
                kind,
                phrasing,
                stem,
                statements,
                options,
                meanings,
                answer,
                explanation,
                facts,
                claims,
                key,
                null,
                List.of());
    }

    /** The same draft laid out as printed: the question line after the statements, headings over pairs. */
    Draft laidOut(String questionLine, List<String> headings) {
        return new Draft(
                kind,
                phrasing,
                stem,
                statements,
                options,
                meanings,
                answer,
                explanation,
                facts,
                claims,
                key,
                questionLine,
                headings);
    }

    /**
     * {@link Texts#hash} of "kind|stem|statements joined by |[|question line]|options joined by |", fed part by
     * part: ids of served questions are stored, so the text hashed must not change.
     */
    private long contentHash() {
        long h = Texts.hash(Texts.HASH_START, kind.slug());
        h = Texts.hash(h, "|");
        h = Texts.hash(h, stem);
        h = Texts.hash(h, "|");
        h = joinedHash(h, statements);
        h = Texts.hash(h, "|");
        if (questionLine != null) h = Texts.hash(Texts.hash(h, questionLine), "|");
        return joinedHash(h, options);
    }

    private static long joinedHash(long h, List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) h = Texts.hash(h, "|");
            h = Texts.hash(h, parts.get(i));
        }
        return h;
    }

    /**
     * What a reader must not meet printed elsewhere in the paper: the key of a value item, and the true value behind
     * each false statement naming a wrong entity ("concluded by BTRC" is answered by any item naming BGD e-Gov CIRT as
     * the party). Not for a list's member nor a relation's row: other members and rows share such values, so a value
     * printed elsewhere does not settle the statement (a false "Stable is one of the qualities" is not answered by
     * "Secure", nor a false "JIMEX : Australia" by another row's "Japan").
     */
    List<String> withheld() {
        List<String> out = new ArrayList<>(2);
        if (key != null) out.add(key);
        for (Claim c : claims) {
            Fact f = c.fact();
            if (c.swapped() == null
                    || c.swapped().kind() != SlotKind.ENTITY
                    || f.list() != null
                    || f.relation() != null) continue;
            String truth = f.slots().get(c.swapped().name()).display();
            if (!out.contains(truth)) out.add(truth);
        }
        return out;
    }

    /** The question as served: its sources are cited apart from the explanation, where each page and export sets them. */
    Question toQuestion() {
        Set<SourceRef> sources = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        facts.forEach(f -> {
            sources.add(SourceRef.of(f.source()));
            topics.addAll(f.topics());
        });
        String id = kind.slug() + "-" + Long.toHexString(contentHash());
        return new Question(
                id,
                kind,
                stem,
                statements,
                headings,
                questionLine,
                options,
                answer,
                explanation,
                facts.stream().map(Fact::id).toList(),
                List.copyOf(sources),
                List.copyOf(topics));
    }
}
