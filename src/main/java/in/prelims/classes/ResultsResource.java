package in.prelims.classes;

import in.prelims.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A paper's results for its class's teacher: students, distribution, topics, item statistics, CSV. */
@Path("/classes/{id}/papers/{paper}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ResultsResource {

    @Inject
    ClassAccess access;

    @Inject
    PaperResults results;

    @CheckedTemplate
    static class Templates {
        /** @param distribution counts per score band as a JSON array, for the chart */
        static native TemplateInstance results(SchoolClass c, ClassPaper paper, Results results, String distribution);
    }

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("id") long id, @PathParam("paper") long paperId) {
        SchoolClass c = access.taught(id);
        ClassPaper paper = access.paper(c, paperId);
        Results r = results.of(paper);
        String distribution =
                Arrays.stream(r.distribution()).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        return Templates.results(c, paper, r, distribution);
    }

    @GET
    @Path("results.csv")
    @Transactional
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @PathParam("paper") long paperId) {
        SchoolClass c = access.taught(id);
        ClassPaper paper = access.paper(c, paperId);
        return Downloads.attachment(
                ResultsCsv.of(paper, results.of(paper)),
                "text/csv; charset=UTF-8",
                "paper-" + paperId + "-results.csv");
    }
}
