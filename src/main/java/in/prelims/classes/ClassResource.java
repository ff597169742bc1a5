package in.prelims.classes;

import in.prelims.account.Account;
import in.prelims.account.PasswordReset;
import in.prelims.account.Roles;
import in.prelims.error.NotFoundException;
import in.prelims.fact.FactBase;
import in.prelims.generation.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/** {@code /classes}: a teacher's classes and papers, a student's classes and the papers to take. */
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClassResource {

    @Inject
    ClassAccess access;

    @Inject
    PasswordReset passwords;

    @Inject
    Classes classes;

    @Inject
    FactBase base;

    @ConfigProperty(name = "quiz.zone")
    ZoneId zone;

    /** The assign form's defaults and choices. */
    public record AssignForm(List<String> topics, List<String> kinds, String opens, String closes) {
        public List<String> none() {
            return List.of();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(List<ClassViews.Row> rows, boolean teacher);

        static native TemplateInstance join(String code);

        static native TemplateInstance teacher(
                SchoolClass c, List<String> members, List<ClassViews.TeacherPaper> papers, AssignForm form);

        static native TemplateInstance student(SchoolClass c, List<ClassViews.StudentPaper> papers);
    }

    @GET
    @Transactional
    public TemplateInstance classes() {
        Account me = access.account();
        return Templates.classes(ClassViews.rows(me), Roles.has(me, Roles.TEACHER));
    }

    @POST
    @RolesAllowed(Roles.TEACHER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name) {
        return toClass(classes.create(access.account(), name).id);
    }

    /** The join link a teacher shares: a page with the code filled in; joining is its form's post. */
    @GET
    @Path("join")
    public TemplateInstance joinPage(@QueryParam("code") String code) {
        return Templates.join(code == null ? "" : code);
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String code) {
        return toClass(classes.join(access.account(), code).id);
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance show(@PathParam("id") long id) {
        SchoolClass c = access.visible(id);
        if (c.taughtBy(access.account().id)) {
            LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
            AssignForm form = new AssignForm(
                    List.copyOf(base.topicCounts().keySet()),
                    Kind.withOptions().stream().map(Kind::slug).toList(),
                    now.toString(),
                    now.plusDays(7).toString());
            return Templates.teacher(c, ClassViews.members(c), ClassViews.teacherPapers(c), form);
        }
        return Templates.student(c, ClassViews.studentPapers(c, access.account().id, Instant.now()));
    }

    @POST
    @Path("{id}/papers")
    @RolesAllowed(Roles.TEACHER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(
            @PathParam("id") long id,
            @RestForm String title,
            @RestForm String count,
            @RestForm String seed,
            @RestForm List<String> kinds,
            @RestForm List<String> topics,
            @RestForm String sets,
            @RestForm String marking,
            @RestForm String opens,
            @RestForm String closes,
            @RestForm String minutes) {
        SchoolClass c = access.taught(id);
        PaperRequest request = PaperRequest.parse(
                new PaperRequest.Form(title, count, seed, kinds, topics, sets, marking, opens, closes, minutes), zone);
        classes.assign(c, request);
        return toClass(id);
    }

    @POST
    @Path("{id}/papers/{paper}/seats")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveToSet(
            @PathParam("id") long id, @PathParam("paper") long paperId, @RestForm long student, @RestForm String set) {
        SchoolClass c = access.taught(id);
        classes.moveToSet(access.paper(c, paperId), student, set);
        return toClass(id);
    }

    @POST
    @Path("{id}/papers/{paper}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long id, @PathParam("paper") long paperId) {
        SchoolClass c = access.visible(id);
        UUID attempt = classes.start(c, access.paper(c, paperId), access.account());
        return Response.seeOther(URI.create("/quiz/" + attempt)).build();
    }

    /** The class's teacher sets a new password for one of its students who forgot theirs. */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @RestForm String username, @RestForm String password) {
        SchoolClass c = access.taught(id);
        Account student = Account.byUsername(username == null ? "" : username.trim())
                .filter(a -> c.hasMember(a.id))
                .orElseThrow(() -> new NotFoundException("No student called " + username + " in this class"));
        passwords.reset(student.id, password);
        return toClass(id);
    }

    private static Response toClass(long id) {
        return Response.seeOther(URI.create("/classes/" + id)).build();
    }
}
