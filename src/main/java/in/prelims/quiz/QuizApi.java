package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Timed quizzes as JSON; works with a plain cookie jar (the guest cookie or the log-in cookie). */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
public class QuizApi {

    private static final String ANSWER_EXAMPLE = "{\"option\": 2} or {\"option\": null, \"marked\": true}";

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
        QuizSettings settings = QuizSettings.fromJson(body, Seeds.random());
        int extraMinutes = visitor.account().map(a -> a.extraMinutesPerHour).orElse(0);
        QuizAttempt attempt = quizzes.start(settings, visitor.owner(), extraMinutes);
        return Response.created(URI.create("/api/quizzes/" + attempt.id))
                .entity(QuizJson.Started.of(attempt, clock.now())).build();
    }

    @GET
    @Path("{id}")
    public QuizJson.State state(@PathParam("id") String id) {
        return QuizJson.State.of(quizzes.owned(id, owner(id)), clock.now());
    }

    /** Saves one answer (and optionally the review mark); 204 only once it is committed. */
    @PUT
    @Path("{id}/answers/{index}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, @PathParam("index") String index, String body) {
        Owner owner = owner(id);
        quizzes.owned(id, owner);
        int position = index(index);
        JsonBody json = JsonBody.parse(body, ANSWER_EXAMPLE).onlyFields(List.of("option", "marked"));
        if (!json.has("option")) {
            throw new BadRequestException("option is required: 0 to 3 for the chosen option, or null to clear; e.g. "
                    + ANSWER_EXAMPLE);
        }
        Integer option = json.whole("option").map(this::option).orElse(null);
        quizzes.answer(id, owner, position, option, json.bool("marked").orElse(null));
        return Response.noContent().build();
    }

    /** Submits and returns the result with keys and explanations; submitting again returns the same. */
    /**
     * @param by "timer" when the page's countdown reached zero; anything else is the aspirant's submit
     */
    @POST
    @Path("{id}/submit")
    public QuizJson.Result submit(@PathParam("id") String id, @HeaderParam("X-Submitted-By") String by) {
        String who = QuizService.BY_TIMER.equals(by) ? QuizService.BY_TIMER : QuizService.BY_YOU;
        return QuizJson.Result.of(quizzes.submit(id, owner(id), who));
    }

    private Owner owner(String id) {
        return visitor.existingOwner().orElseThrow(() -> QuizService.notFound(id));
    }

    private int index(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new BadRequestException("The question index must be a whole number from 0 (it was \"" + index + "\")");
        }
    }

    private Integer option(long option) {
        if (option < 0 || option > 9) {
            throw new BadRequestException("option must be 0 to 3 (0 or 1 for true/false), or null to clear (it was "
                    + option + ")");
        }
        return (int) option;
    }
}
