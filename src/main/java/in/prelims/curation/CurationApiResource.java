package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The curation studio as JSON: analyse a text, store a document, check a draft, save it live. */
@Path("/api/curation")
@RolesAllowed("curator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurationApiResource {

    record TextIn(String text) {}

    @Inject
    FactBase base;

    @Inject
    Documents documents;

    @Inject
    Studio studio;

    @POST
    @Path("/analyse")
    public Analysis analyse(TextIn in) {
        return Analyser.analyse(text(in), base.gazetteer());
    }

    @POST
    @Path("/documents")
    public Response store(TextIn in) {
        Documents.Opened opened = documents.store(text(in));
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    @GET
    @Path("/documents/{name}")
    public Documents.Opened open(@PathParam("name") String name) {
        return documents.open(name);
    }

    @POST
    @Path("/check")
    public Report check(Draft draft) {
        return studio.check(required(draft));
    }

    /** 201 with the report when saved and live; 422 with every error when nothing was written. */
    @POST
    @Path("/facts")
    public Response save(Draft draft) {
        Report report = studio.save(required(draft));
        return Response.status(report.saved() ? 201 : 422).entity(report).build();
    }

    private static String text(TextIn in) {
        if (in == null || in.text() == null || in.text().isBlank()) {
            throw new InvalidInputException("text", "Send {\"text\": \"...\"} with the document's text.");
        }
        return in.text();
    }

    private static Draft required(Draft draft) {
        if (draft == null) throw new InvalidInputException("source", "Send a draft: {source, facts, entities}.");
        return draft;
    }
}
