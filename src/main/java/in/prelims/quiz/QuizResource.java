package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import in.prelims.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The attempt page {@code /quiz/{id}} and its result {@code /quiz/{id}/result}. */
@Path("/quiz/{id}")
@Produces(MediaType.TEXT_HTML)
@NoStore
public class QuizResource {

    private static final String QUESTIONS_HERE = "<!--questions-->";
    private static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

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
        /** @param questions where the cached questions go */
        static native TemplateInstance attempt(
                AttemptView attempt, String questions, long serverNow, long graceMillis, String view);

        /** The questions of an attempt without answers; rendered once per attempt and cached. */
        static native TemplateInstance questions(QuizAttempt attempt);

        /**
         * @param reported the position of a question just reported, or -1
         * @param wrongOnly review only the questions answered wrongly
         */
        static native TemplateInstance result(QuizAttempt attempt, Scorecard card, int reported, boolean wrongOnly);
    }

    /** The running attempt; a submitted or expired one goes to its result. */
    @GET
    public Response attempt(@PathParam("id") String id, @QueryParam("view") String view) {
        Owner owner = owner(id);
        AttemptView attempt = quizzes.view(id, owner);
        if (attempt.submitted() || quizzes.expired(attempt.deadline())) {
            return toResult(id);
        }
        byte[] questions = cache.get(
                attempt.id(),
                () -> Templates.questions(quizzes.owned(id, owner)).render().getBytes(StandardCharsets.UTF_8));
        String shown = "all".equals(view) ? "all" : "one";
        String shell = Templates.attempt(
                        attempt,
                        QUESTIONS_HERE,
                        clock.now().toEpochMilli(),
                        config.grace().toMillis(),
                        shown)
                .render();
        return Response.ok(splice(shell, questions), HTML_UTF8)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The page with the cached questions put in place of the marker, as bytes (no re-encoding of the questions). */
    private static byte[] splice(String shell, byte[] questions) {
        int at = shell.indexOf(QUESTIONS_HERE);
        byte[] head = shell.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = shell.substring(at + QUESTIONS_HERE.length()).getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + questions.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(questions, 0, page, head.length, questions.length);
        System.arraycopy(tail, 0, page, head.length + questions.length, tail.length);
        return page;
    }

    /** Submits from the page's form (the aspirant's button or the page's countdown at zero). */
    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id) {
        quizzes.submit(id, owner(id));
        return toResult(id);
    }

    /** Sits this submitted quiz's questions again ("Retake" on the result page). */
    @POST
    @Path("retake")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retake(@PathParam("id") String id) {
        int extraMinutes = visitor.account().map(a -> a.extraMinutesPerHour).orElse(0);
        QuizAttempt attempt = quizzes.retake(id, owner(id), extraMinutes);
        return Response.seeOther(URI.create("/quiz/" + attempt.id)).build();
    }

    /** The score and the review; an attempt whose time ran out is submitted first. */
    @GET
    @Path("result")
    public Response result(
            @PathParam("id") String id, @QueryParam("reported") Integer reported, @QueryParam("show") String show) {
        Owner owner = owner(id);
        QuizAttempt attempt = quizzes.owned(id, owner);
        if (!attempt.submitted()) {
            if (!quizzes.expired(attempt.deadline)) {
                return Response.seeOther(URI.create("/quiz/" + id)).build();
            }
            attempt = quizzes.submitExpired(id, owner);
        }
        return Response.ok(Templates.result(
                        attempt, attempt.scorecard(), reported == null ? -1 : reported, "wrong".equals(show)))
                .build();
    }

    private Owner owner(String id) {
        return visitor.existingOwner().orElseThrow(() -> QuizService.notFound(id));
    }

    private static Response toResult(String id) {
        return Response.seeOther(URI.create("/quiz/" + id + "/result")).build();
    }
}
