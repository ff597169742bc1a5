package in.prelims.fact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Browse the fact base by source and topic, each fact with its citation. */
@Path("/facts")
@Produces(MediaType.TEXT_HTML)
public class FactResource {

    @Inject
    FactBase base;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance facts(
                List<FactView.SourceJson> sources,
                Map<String, Long> topics,
                List<Fact> facts,
                String topic,
                String source,
                int total);
    }

    @GET
    public TemplateInstance facts(@QueryParam("topic") String topic, @QueryParam("source") String source) {
        FactFilter filter = FactFilter.of(base, topic, source);
        return Templates.facts(
                FactApiResource.sourceSummaries(base),
                base.topicCounts(),
                filter.apply(base),
                filter.topic(),
                filter.source(),
                base.facts().size());
    }
}
