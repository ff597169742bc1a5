package in.prelims.compilation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import in.prelims.fact.Freshness;
import in.prelims.fact.Period;
import in.prelims.pdf.PdfRenderer;
import in.prelims.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /compilation.pdf?month=2020-10}: every fact of a month by topic, with citations, as a PDF. */
@Path("/compilation.pdf")
public class CompilationResource {

    @Inject
    FactBase base;

    @Inject
    PdfRenderer renderer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compilation(Compilation compilation);
    }

    @GET
    public Response pdf(@RestQuery String month) {
        YearMonth chosen = month(month);
        Period period = Period.month(chosen);
        if (base.factsIn(period).isEmpty()) throw new InvalidInputException("month", Freshness.noFacts(period, base));
        Compilation compilation = Compilation.of(base, chosen);
        byte[] pdf = renderer.render(
                Templates.compilation(compilation).render(), "Current affairs compilation: " + compilation.month());
        return Downloads.inline(pdf, "application/pdf", "compilation-" + compilation.slug() + ".pdf");
    }

    /** A month as {@code YYYY-MM}; anything else (a day, a period, text) is a 400 naming {@code month}. */
    static YearMonth month(String raw) {
        Period p = Period.parse("month", raw, Period.today());
        if (p.isAll() || !p.slug().matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException(
                    "month", "Choose a month as YYYY-MM, such as 2020-10; the compilation covers one month.");
        }
        return YearMonth.parse(p.slug());
    }
}
