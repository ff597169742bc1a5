package in.prelims.fact;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The curated fact base as JSON. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class FactApiResource {

    @Inject
    FactBase base;

    /** Every fact, optionally only those of one topic and/or one source. */
    @GET
    @Path("/facts")
    public List<FactView.FactJson> facts(@QueryParam("topic") String topic, @QueryParam("source") String source) {
        return FactFilter.of(base, topic, source).apply(base).stream()
                .map(FactView.FactJson::of)
                .toList();
    }

    @GET
    @Path("/sources")
    public List<FactView.SourceJson> sources() {
        return sourceSummaries(base);
    }

    static List<FactView.SourceJson> sourceSummaries(FactBase base) {
        return base.sources().stream()
                .map(s -> new FactView.SourceJson(
                        s.id(),
                        s.title(),
                        s.publisher(),
                        s.published(),
                        s.document(),
                        s.topics(),
                        base.factsOf(s).size()))
                .toList();
    }
}
