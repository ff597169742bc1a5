package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import in.prelims.web.NoStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Timed quizzes as JSON; works with a plain cookie jar (the guest cookie or the log-in cookie). */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@NoStore
public class QuizApiResource {

    @Inject
    QuizService quizzes;

    @Inject
    Visitor visitor;

    @Inject
    QuizClock clock;

    /** Starts a quiz: 201 with the questions (no keys) and the deadline. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        QuizSettings settings = QuizSettings.fromJson(body);
        int extraMinutes = visitor.account().map(a -> a.extraMinutesPerHour).orElse(0);
        QuizAttempt attempt = quizzes.start(settings, visitor.owner(), extraMinutes);
        return Response.created(URI.create("/api/quizzes/" + attempt.id))
                .entity(QuizJson.Started.of(attempt, clock.now()))
                .build();
    }

    /**
     * Sits a submitted attempt's questions again: 201 like a start, with the same time limit and marking
     * and the free options in a new order; 409 while the attempt is still running.
     */
    @POST
    @Path("{id}/retake")
    public Response retake(@PathParam("id") String id) {
        int extraMinutes = visitor.account().map(a -> a.extraMinutesPerHour).orElse(0);
        QuizAttempt attempt = quizzes.retake(id, owner(id), extraMinutes);
        return Response.created(URI.create("/api/quizzes/" + attempt.id))
                .entity(QuizJson.Started.of(attempt, clock.now()))
                .build();
    }

    /** The answers, marks and deadline; with {@code ?questions=true} also the questions (no keys). */
    @GET
    @Path("{id}")
    public QuizJson.State state(@PathParam("id") String id, @QueryParam("questions") boolean questions) {
        Owner owner = owner(id);
        AttemptView view = quizzes.view(id, owner);
        return QuizJson.State.of(view, clock.now(), questions ? quizzes.owned(id, owner) : null);
    }

    /** Saves one answer (and optionally the review mark); 204 only once it is committed. */
    @PUT
    @Path("{id}/answers/{index}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, @PathParam("index") String index, String body) {
        quizzes.answer(id, owner(id), () -> Answer.parse(index, body));
        return Response.noContent().build();
    }

    /** Submits and returns the result with keys and explanations; submitting again returns the same. */
    @POST
    @Path("{id}/submit")
    public QuizJson.Result submit(@PathParam("id") String id) {
        return QuizJson.Result.of(quizzes.submit(id, owner(id)));
    }

    private Owner owner(String id) {
        return visitor.existingOwner().orElseThrow(() -> QuizService.notFound(id));
    }
}
