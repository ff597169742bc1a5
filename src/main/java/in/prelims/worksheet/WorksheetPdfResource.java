package in.prelims.worksheet;

import in.prelims.pdf.PdfRenderer;
import in.prelims.web.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /worksheets.pdf}: the paper, teacher's or student's copy, as a PDF. */
@Path("/worksheets.pdf")
public class WorksheetPdfResource {

    @Inject
    Worksheets worksheets;

    @Inject
    PdfRenderer renderer;

    @Inject
    WorksheetMessages messages;

    @GET
    public Response pdf(@BeanParam WorksheetParams params) {
        WorksheetOptions options = WorksheetOptions.parse(params, messages.defaultTitle());
        Worksheet paper = worksheets.build(options);
        String copy = options.teacher() ? "teacher" : "student";
        byte[] pdf = renderer.render(WorksheetResource.paperXhtml(paper), options.title());
        return Downloads.inline(pdf, "application/pdf", "worksheet-seed" + options.seed() + "-" + copy + ".pdf");
    }
}
