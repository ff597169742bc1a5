package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactView.SourceRef;
import in.prelims.fact.Source;
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

    /** "Source: PIB, 12 July 2017: ..." once per source the item draws on, after the explanation. */
    String citations() {
        // each source cited once: the facts of an item mostly share one
        List<String> cited = facts.stream()
                .map(Fact::source)
                .distinct()
                .map(Source::citation)
                .distinct()
                .toList();
        return (cited.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", cited) + ".";
    }

    Question toQuestion() {
        Set<SourceRef> sources = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        facts.forEach(f -> {
            sources.add(SourceRef.of(f.source()));
            topics.addAll(f.topics());
        });
        String content = kind.slug() + "|" + stem + "|" + String.join("|", statements) + "|"
                + (questionLine == null ? "" : questionLine + "|") + String.join("|", options);
        String id = kind.slug() + "-" + Long.toHexString(Texts.hash(content));
        return new Question(
                id,
                kind,
                stem,
                statements,
                headings,
                questionLine,
                options,
                answer,
                explanation + " " + citations(),
                facts.stream().map(Fact::id).toList(),
                List.copyOf(sources),
                List.copyOf(topics));
    }
}
