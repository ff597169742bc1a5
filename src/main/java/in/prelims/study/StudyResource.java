package in.prelims.study;

import in.prelims.account.Owner;
import in.prelims.account.Visitor;
import in.prelims.error.InvalidInputException;
import in.prelims.fact.FactBase;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The study page {@code /study}: review with Again/Hard/Good/Easy, the exam date, settings and progress. */
@Path("/study")
@Produces(MediaType.TEXT_HTML)
public class StudyResource {

    @Inject
    Visitor visitor;

    @Inject
    FactBase base;

    @Inject
    StudyQueue queue;

    @Inject
    StudyClock clock;

    @Inject
    StudyConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance study(StudyView view);
    }

    @GET
    public Response page(@RestQuery List<String> topics, @RestQuery List<String> sources) {
        Owner owner = visitor.owner();
        try {
            DeckFilter filter = Decks.filter(base, topics, sources);
            return Response.ok(Templates.study(view(owner, filter, null)))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (InvalidInputException e) {
            return Response.status(400)
                    .entity(Templates.study(view(owner, DeckFilter.ALL, e.getMessage())))
                    .build();
        }
    }

    /** Saves the settings form; a mistake shows the page again with a message and changes nothing. */
    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response settings(
            @RestForm String newPerDay,
            @RestForm String retention,
            @RestForm String examDate,
            @RestForm String examTarget) {
        Owner owner = visitor.owner();
        try {
            Settings.update(Settings.locked(owner), newPerDay, retention, examDate, examTarget);
        } catch (InvalidInputException e) {
            return Response.status(400)
                    .entity(Templates.study(view(owner, DeckFilter.ALL, e.getMessage())))
                    .build();
        }
        return Response.seeOther(URI.create("/study")).build();
    }

    private StudyView view(Owner owner, DeckFilter filter, String error) {
        Instant now = clock.now();
        StudySettings settings = StudySettings.of(owner).orElseGet(() -> StudySettings.defaults(owner));
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        Long daysToExam = settings.examDate == null || settings.examDate.isBefore(today)
                ? null
                : ChronoUnit.DAYS.between(today, settings.examDate);
        return new StudyView(
                filter.topics(),
                filter.sources(),
                base.topicCounts().keySet().stream().sorted().toList(),
                base.sources().stream()
                        .map(s -> new StudyView.SourceChoice(s.id(), s.title()))
                        .toList(),
                queue.of(owner, filter),
                settings,
                StudyProgress.of(owner, settings, now, config.zone()),
                daysToExam,
                owner.isGuest(),
                error);
    }
}
