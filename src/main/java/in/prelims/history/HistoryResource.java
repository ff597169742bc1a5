package in.prelims.history;

import in.prelims.account.Visitor;
import in.prelims.fact.FactBase;
import in.prelims.quiz.Attempts;
import in.prelims.quiz.QuizConfig;
import in.prelims.quiz.StartForm;
import in.prelims.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;

/** The aspirant's attempts, score trend and topic accuracy, with "practise my weak topics". */
@Path("/history")
@Produces(MediaType.TEXT_HTML)
@NoStore
public class HistoryResource {

    @Inject
    Visitor visitor;

    @Inject
    Attempts attempts;

    @Inject
    FactBase base;

    @Inject
    QuizConfig config;

    @CheckedTemplate
    static class Templates {
        /** @param practice the start form for a quiz on the weak topics, or null when there are none */
        static native TemplateInstance history(History history, StartForm practice, boolean guest);
    }

    @GET
    public TemplateInstance history() {
        History history = History.of(
                visitor.existingOwner().map(attempts::of).orElse(List.of()),
                base.topicCounts().keySet());
        StartForm practice = history.weakTopics().isEmpty()
                ? null
                : StartForm.forTopics(
                        history.weakTopics().stream().map(t -> t.topic()).collect(Collectors.toSet()),
                        config.defaultCount(),
                        config.secondsPerQuestion());
        return Templates.history(history, practice, visitor.account().isEmpty());
    }
}
