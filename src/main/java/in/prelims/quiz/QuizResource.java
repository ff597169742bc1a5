package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import in.prelims.web.NoStore;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
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
import java.util.UUID;

/** The attempt page {@code /quiz/{id}} and its result {@code /quiz/{id}/result}. */
@Path("/quiz/{id}")
@Produces(MediaType.TEXT_HTML)
@NoStore
public class QuizResource {

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
    AttemptOwners owners;

    @Inject
    AttemptPageCache pages;

    @Inject
    CsrfTokenParameterProvider csrf;

    @CheckedTemplate
    static class Templates {
        /**
         * The page without answers, marks or clock, rendered once per attempt; the slots are filled per request.
         *
         * @param attempt the attempt with no answers and no marks (the page's script reads them from the state API)
         * @param questions the attempt's questions (never their keys)
         * @param slots {@link AttemptSlots}: where the server's time, the view, the clock and the form token go
         */
        static native TemplateInstance attempt(
                AttemptView attempt, String questions, AttemptSlots slots, long graceMillis);

        /** The questions of an attempt without answers. */
        static native TemplateInstance questions(QuizAttempt attempt);

        /**
         * @param reported the position of a question just reported, or -1
         * @param wrongOnly review only the questions answered wrongly
         */
        static native TemplateInstance result(QuizAttempt attempt, Scorecard card, int reported, boolean wrongOnly);
    }

    /**
     * The running attempt; a submitted or expired one goes to its result. The owner is checked from
     * memory ({@link AttemptOwners}) and the page comes from {@link AttemptPageCache}: no database
     * round trip once both know the attempt.
     */
    @GET
    public Response attempt(@PathParam("id") String id, @QueryParam("view") String view) {
        Owner owner = owner(id);
        UUID uuid = QuizService.uuid(id);
        AttemptOwners.Known known = owners.owned(uuid, owner).orElseThrow(() -> QuizService.notFound(id));
        if (known.submitted() || quizzes.expired(known.deadline())) {
            return toResult(id);
        }
        SplicedPage page = pages.get(uuid, known.ownerKey(), () -> render(id, owner));
        byte[] body = page.fill(AttemptSlots.values(known.deadline(), clock.now(), view, csrf.getToken()));
        return Response.ok(body, HTML_UTF8).header("Cache-Control", "no-store").build();
    }

    private SplicedPage render(String id, Owner owner) {
        QuizAttempt attempt = quizzes.owned(id, owner);
        return SplicedPage.of(Templates.attempt(
                        AttemptView.blank(attempt),
                        Templates.questions(attempt).render(),
                        AttemptSlots.INSTANCE,
                        config.grace().toMillis())
                .render());
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
