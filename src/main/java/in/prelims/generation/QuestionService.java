package in.prelims.generation;

import in.prelims.fact.FactBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Generates quality-checked questions from the fact base; deterministic for a request and seed. */
@ApplicationScoped
public class QuestionService {

    @Inject
    FactBase base;

    /**
     * @throws IllegalArgumentException naming the parameter when a topic, source or count is not valid
     */
    public List<Question> generate(QuestionRequest request) {
        throw new UnsupportedOperationException("the question engine is being built (issue 3)");
    }
}
