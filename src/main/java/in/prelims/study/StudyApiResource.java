package in.prelims.study;

import in.prelims.account.Visitor;
import in.prelims.fact.FactBase;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** The study queue and review sync as JSON, for the study page's script (and any client with a cookie jar). */
@Path("/api/study")
@Produces(MediaType.APPLICATION_JSON)
public class StudyApiResource {

    @Inject
    Visitor visitor;

    @Inject
    FactBase base;

    @Inject
    StudyQueue queue;

    @Inject
    ReviewSync sync;

    @Inject
    StudyConfig config;

    /** The cards to review now, due ones first, then new ones up to the day's allowance. */
    @GET
    @Path("queue")
    public StudyQueue.Queue queue(@RestQuery List<String> topics, @RestQuery List<String> sources) {
        return queue.of(visitor.owner(), Decks.filter(base, topics, sources));
    }

    /**
     * Stores reviews {@code {"reviews": [{"id", "card", "rating", "at"}]}}, all or none; a review whose id
     * was stored before is counted in {@code repeated} and not applied again.
     */
    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewSync.Result reviews(String body) {
        return sync.sync(visitor.owner(), ReviewIn.parseBatch(body, config.maxBatch()));
    }
}
