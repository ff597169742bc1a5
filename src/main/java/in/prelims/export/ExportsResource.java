package in.prelims.export;

import in.prelims.fact.FactBase;
import in.prelims.generation.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The exports page {@code /exports}: every format a teacher can take to an LMS or to Anki, what it is for, and links. */
@Path("/exports")
@Produces(MediaType.TEXT_HTML)
public class ExportsResource {

    @Inject
    FactBase facts;

    @CheckedTemplate
    static class Templates {
        /**
         * @param topics every topic slug
         * @param kinds every kind with options (the quiz formats take these)
         */
        static native TemplateInstance exports(
                List<String> topics, List<String> kinds, List<String> nothingChosen, int defaultCount);
    }

    @GET
    public TemplateInstance page() {
        return Templates.exports(
                List.copyOf(facts.topicCounts().keySet()),
                Kind.withOptions().stream().map(Kind::slug).toList(),
                List.of(),
                ExportResource.DEFAULT_COUNT);
    }
}
