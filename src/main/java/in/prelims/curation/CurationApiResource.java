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

    record OwnWordsIn(String document, String text) {}

    record OwnWordsOut(String run, String warning) {}

    /** Longer than any fact's text should be. */
    static final int MAX_FACT_TEXT = 2_000;

    @Inject
    CurationMessages messages;

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

    /**
     * The live own-words check as the curator types: the first run of eight words the text copies
     * from the document, with the warning to show, or nulls when the text is in its own words.
     */
    @POST
    @Path("/own-words")
    public OwnWordsOut ownWords(OwnWordsIn in) {
        if (in == null || in.document() == null || in.document().isBlank()) {
            throw new InvalidInputException("document", "Send {\"document\": \"<stored name>\", \"text\": \"...\"}.");
        }
        String text = in.text() == null ? "" : in.text();
        if (text.length() > MAX_FACT_TEXT) {
            throw new InvalidInputException("text", "A fact's text is at most " + MAX_FACT_TEXT + " characters.");
        }
        String run = OwnWords.copiedRun(text, documents.text(in.document()));
        return new OwnWordsOut(run, run == null ? null : messages.copiedLive(run));
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
