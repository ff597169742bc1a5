package in.prelims.generation;

import in.prelims.web.FilterParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Generated questions as JSON: {@code GET /api/questions?count=N&seed=S&kinds=a,b&topics=x,y&sources=id&detail=true
 * &period=2020-10};
 * {@code detail=true} asks context facts too (a detail drill), not only core exam points.
 */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionApiResource {

    /** The seed used, so a quiz generated without one can be asked for again. */
    static final String SEED_HEADER = "Quiz-Seed";

    /** How many questions were asked for and how many the filters allowed without repeating a fact. */
    static final String REQUESTED_HEADER = "Questions-Requested";

    static final String SERVED_HEADER = "Questions-Served";

    static final int DEFAULT_COUNT = 10;

    @Inject
    QuestionService service;

    @GET
    public Response questions(@BeanParam FilterParams filters) {
        QuestionRequest request = new QuestionRequest(
                filters.count(DEFAULT_COUNT, QuestionRequest.MAX_COUNT),
                filters.seed(Seeds.random()),
                filters.kinds(),
                filters.topics(),
                filters.sources(),
                filters.detail(),
                filters.period());
        List<Question> questions = service.generate(request);
        return Response.ok(questions)
                .header(SEED_HEADER, request.seed())
                .header(REQUESTED_HEADER, request.count())
                .header(SERVED_HEADER, questions.size())
                .build();
    }
}
