package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactError;
import in.prelims.fact.Shortages;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionRequest;
import in.prelims.generation.QuestionService;
import in.prelims.quiz.QuizMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One question of every kind the draft's source yields, on the candidate base, or the reason there is none. */
@ApplicationScoped
class Previews {

    private static final long SEED = 20_231_004L;

    @Inject
    QuestionService questions;

    @Inject
    CurationMessages messages;

    @Inject
    QuizMessages quizMessages;

    List<Report.KindPreview> of(FactBase candidate, Draft draft, List<Draft.DraftFact> facts) {
        Set<String> ids = Set.copyOf(facts.stream().map(Draft.DraftFact::id).toList());
        List<Report.KindPreview> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Question q = first(candidate, kind, draft.source().id(), ids);
            String name = quizMessages.kindName(kind.slug());
            out.add(
                    q == null
                            ? new Report.KindPreview(
                                    kind.slug(),
                                    name,
                                    null,
                                    List.of(),
                                    List.of(),
                                    null,
                                    reason(
                                            kind,
                                            KindNeeds.of(
                                                    kind,
                                                    candidate,
                                                    draft.source().id())))
                            : new Report.KindPreview(
                                    kind.slug(),
                                    name,
                                    q.stem(),
                                    q.statements(),
                                    q.options(),
                                    q.options().get(q.answer()),
                                    null));
        }
        return out;
    }

    private String reason(Kind kind, KindNeeds needs) {
        return messages.kindNeeds(kind.slug(), needs.have(), needs.missing());
    }

    /** A question of the kind from the draft's facts if one can be made, else from the draft's source. */
    private Question first(FactBase candidate, Kind kind, String source, Set<String> ids) {
        try {
            List<Question> made = questions.generate(
                    candidate, new QuestionRequest(20, SEED, Set.of(kind), Set.of(), Set.of(source), true));
            return made.stream()
                    .filter(q -> q.factIds().stream().anyMatch(ids::contains))
                    .findFirst()
                    .orElse(null);
        } catch (InvalidInputException noneOfThisKind) {
            return null;
        }
    }

    /** The shortages of the draft's facts: which slot lacks wrong values, and what to add. */
    List<String> shortages(FactBase candidate, List<Draft.DraftFact> facts) {
        Set<String> ids = Set.copyOf(facts.stream().map(Draft.DraftFact::id).toList());
        return Shortages.of(candidate).stream()
                .map(FactError::message)
                .filter(m -> ids.stream().anyMatch(id -> m.startsWith("fact '" + id + "'")))
                .toList();
    }
}
