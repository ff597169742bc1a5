package in.prelims.worksheet;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Seeds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The worksheet form and the print-ready paper the PDF is rendered from. */
@Path("/worksheets")
public class WorksheetResource {

    @Inject
    Worksheets worksheets;

    @Inject
    FactBase base;

    @Inject
    WorksheetMessages messages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(WorksheetForm form, String error);

        static native TemplateInstance paper(Worksheet paper, boolean pdf, String query, String exportQuery);
    }

    /** The form, filled with the values of a previous paper when its query comes back ("Change options"). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@BeanParam WorksheetParams params) {
        String seed =
                params.seed != null && !params.seed.isBlank() ? params.seed.trim() : String.valueOf(Seeds.random());
        return Templates.form(WorksheetForm.of(topics(), params, seed), null);
    }

    /** The paper as a web page with a Print button; a bad option shows the form again with the reason (400). */
    @GET
    @Path("/paper")
    @Produces(MediaType.TEXT_HTML)
    public Response paper(@BeanParam WorksheetParams params) {
        try {
            WorksheetOptions options = WorksheetOptions.parse(params, messages.defaultTitle());
            Worksheet paper = worksheets.build(options);
            return Response.ok(Templates.paper(paper, false, options.query(), options.exportQuery())
                            .render())
                    .build();
        } catch (InvalidInputException e) {
            String seed = params.seed == null ? "" : params.seed;
            String page = Templates.form(WorksheetForm.of(topics(), params, seed), e.getMessage())
                    .render();
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page)
                    .type(MediaType.TEXT_HTML)
                    .build();
        }
    }

    static String paperXhtml(Worksheet paper) {
        return Templates.paper(
                        paper, true, paper.options().query(), paper.options().exportQuery())
                .render();
    }

    private List<String> topics() {
        return List.copyOf(base.topicCounts().keySet());
    }
}
