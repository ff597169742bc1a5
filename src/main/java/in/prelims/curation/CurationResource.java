package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.LiveFacts;
import in.prelims.fact.TopicNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The curation studio page; its script talks to {@link CurationApiResource}. */
@Path("/curation")
@RolesAllowed("curator")
@Produces(MediaType.TEXT_HTML)
public class CurationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance studio(List<Topic> topics);
    }

    /** A topic the base uses, offered to the curator to click rather than type. */
    record Topic(String slug, String name) {}

    @Inject
    Documents documents;

    @Inject
    LiveFacts live;

    @Inject
    TopicNames topicNames;

    @GET
    public TemplateInstance studio() {
        List<Topic> topics = new TreeSet<>(live.current().topicCounts().keySet())
                .stream().map(slug -> new Topic(slug, topicNames.name(slug))).toList();
        return Templates.studio(topics);
    }

    /** An uploaded file (text, HTML or PDF) is stored as text and opened in the studio. */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null) throw new InvalidInputException("file", "Choose a file to upload.");
        try {
            String text = DocumentText.of(file.fileName(), Files.readAllBytes(file.uploadedFile()));
            Documents.Opened opened = documents.store(text);
            return Response.seeOther(URI.create("/curation?document=" + opened.document()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
