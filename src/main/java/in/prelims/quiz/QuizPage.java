package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The attempt page {@code /quiz/{id}} and its result {@code /quiz/{id}/result}. */
@Path("/quiz/{id}")
@Produces(MediaType.TEXT_HTML)
public class QuizPage {

    @Inject
    QuizService quizzes;

    @Inject
    QuizConfig config;

    @Inject
    QuizClock clock;

    @Inject
    Visitor visitor;

    @Inject
    QuestionHtmlCache cache;

    @CheckedTemplate
    static class Templates {
        /**
         * @param serverNow the server's time in epoch milliseconds, so the page counts down by the server's clock
         * @param view "one" question at a time or "all" on one page
         */
        static native TemplateInstance attempt(AttemptView attempt, String questions, long serverNow, long graceMillis,
                                               String view);

        /** The questions of an attempt without answers; rendered once per attempt and cached. */
        static native TemplateInstance questions(QuizAttempt attempt);

        static native TemplateInstance result(QuizAttempt attempt, Scorecard card);

        static native TemplateInstance notFound(String message);
    }

    /** The running attempt; a submitted or expired one goes to its result. */
    @GET
    public Response attempt(@PathParam("id") String id, @QueryParam("view") String view) {
        Owner owner = owner(id);
        AttemptView attempt = quizzes.view(id, owner);
        if (attempt.submitted() || quizzes.expired(attempt.deadline())) {
            return toResult(id);
        }
        String questions = cache.get(attempt.id(), () -> Templates.questions(quizzes.owned(id, owner)).render());
        String shown = "all".equals(view) ? "all" : "one";
        return Response.ok(Templates.attempt(attempt, questions, clock.now().toEpochMilli(), config.grace().toMillis(),
                shown)).header("Cache-Control", "no-store").build();
    }

    /**
     * Submits from the page's form.
     *
     * @param by "timer" when the page's countdown reached zero, else the aspirant pressed Submit
     */
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id, @RestForm String by) {
        quizzes.submit(id, owner(id), QuizService.BY_TIMER.equals(by) ? QuizService.BY_TIMER : QuizService.BY_YOU);
        return toResult(id);
    }

    /** The score and the review; an attempt whose time ran out is submitted first. */
    @GET
    @Path("result")
    public Response result(@PathParam("id") String id) {
        Owner owner = owner(id);
        QuizAttempt attempt = quizzes.owned(id, owner);
        if (!attempt.submitted()) {
            if (!quizzes.expired(attempt.deadline)) {
                return Response.seeOther(URI.create("/quiz/" + id)).build();
            }
            attempt = quizzes.submit(id, owner, QuizService.BY_SERVER);
        }
        return Response.ok(Templates.result(attempt, attempt.scorecard())).build();
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(e.getMessage())).build();
    }

    private Owner owner(String id) {
        return visitor.existingOwner().orElseThrow(() -> QuizService.notFound(id));
    }

    private static Response toResult(String id) {
        return Response.seeOther(URI.create("/quiz/" + id + "/result")).build();
    }
}
