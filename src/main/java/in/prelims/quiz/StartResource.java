package in.prelims.quiz;

import in.prelims.account.Visitor;
import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The home page: what can be asked (topics and sources with counts) and the form that starts a quiz. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    @Inject
    FactBase base;

    @Inject
    QuizService quizzes;

    @Inject
    Attempts attempts;

    @Inject
    QuizConfig config;

    @Inject
    Visitor visitor;

    /** A source as offered on the form. */
    public record SourceChoice(String id, String title, String publisher, String published, long facts) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(
                StartForm form,
                java.util.List<in.prelims.web.FieldProblem> problems,
                QuizAttempt running,
                List<Kind> kinds,
                Map<String, Long> topics,
                List<SourceChoice> sources,
                int facts,
                int extraMinutes);
    }

    @GET
    public TemplateInstance start() {
        return page(StartForm.defaults(config), List.of());
    }

    /** Starts a quiz from the form and goes to it; a mistake shows the form again with a message. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String count,
            @RestForm String minutes,
            @RestForm String marking,
            @RestForm String correct,
            @RestForm String wrong,
            @RestForm List<String> kinds,
            @RestForm List<String> topics,
            @RestForm List<String> sources,
            @RestForm String period,
            @RestForm String detail) {
        StartForm form = new StartForm(
                count,
                minutes,
                marking,
                correct,
                wrong,
                Set.copyOf(nonNull(kinds)),
                Set.copyOf(nonNull(topics)),
                Set.copyOf(nonNull(sources)),
                period);
        try {
            QuizAttempt attempt =
                    quizzes.start(form.settings().withDetail("true".equals(detail)), visitor.owner(), extraMinutes());
            return Response.seeOther(URI.create("/quiz/" + attempt.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, StartProblems.after(form, e)))
                    .build();
        }
    }

    private TemplateInstance page(StartForm form, List<in.prelims.web.FieldProblem> problems) {
        QuizAttempt running = visitor.existingOwner().flatMap(attempts::running).orElse(null);
        List<SourceChoice> sources = base.sources().stream()
                .map(s -> new SourceChoice(
                        s.id(),
                        s.title(),
                        s.publisher(),
                        Times.longDate(s.published()),
                        base.factsOf(s).size()))
                .toList();
        return Templates.start(
                form,
                problems,
                running,
                QuizSettings.QUIZ_KINDS,
                base.topicCounts(),
                sources,
                base.facts().size(),
                extraMinutes());
    }

    private int extraMinutes() {
        return visitor.account().map(a -> a.extraMinutesPerHour).orElse(0);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
