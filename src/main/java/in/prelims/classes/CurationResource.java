package in.prelims.classes;

import in.prelims.account.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The curators' queue: errors students reported and items a class's statistics flagged. */
@Path("/curation/reports")
@Produces(MediaType.TEXT_HTML)
public class CurationResource {

    static final int MOST_SHOWN = 200;

    @Inject
    PaperResults results;

    /** An item a class's statistics flagged, with the paper it came from. */
    public record Flagged(ClassPaper paper, Results.Item item) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<QuestionReport> reports, List<Flagged> flagged);
    }

    @GET
    @RolesAllowed(Roles.CURATOR)
    @Transactional
    public TemplateInstance queue() {
        List<QuestionReport> reports = QuestionReport.<QuestionReport>find("order by createdAt desc")
                .page(0, MOST_SHOWN)
                .list();
        List<Flagged> flagged = new ArrayList<>();
        for (ClassPaper paper : ClassPaper.<ClassPaper>list("order by createdAt desc")) {
            results.of(paper).needingChecks().forEach(item -> flagged.add(new Flagged(paper, item)));
        }
        return Templates.reports(reports, flagged);
    }
}
