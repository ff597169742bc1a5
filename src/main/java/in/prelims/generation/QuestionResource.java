package in.prelims.generation;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Generated questions as JSON: {@code GET /api/questions?count=N&seed=S&kinds=a,b&topics=x,y&sources=id&detail=true};
 * {@code detail=true} asks context facts too (a detail drill), not only core exam points.
 */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    /** The seed used, so a quiz generated without one can be asked for again. */
    static final String SEED_HEADER = "Quiz-Seed";

    @Inject
    QuestionService service;

    @GET
    public Response questions(
            @QueryParam("count") String count,
            @QueryParam("seed") String seed,
            @QueryParam("kinds") String kinds,
            @QueryParam("topics") String topics,
            @QueryParam("sources") String sources,
            @QueryParam("detail") String detail) {
        try {
            QuestionRequest request = QuestionQuery.parse(count, seed, kinds, topics, sources)
                    .withDetail("true".equalsIgnoreCase(detail == null ? "" : detail.trim()));
            List<Question> questions = service.generate(request);
            return Response.ok(questions).header(SEED_HEADER, request.seed()).build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
