package in.prelims.account;

import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** {@code /admin/users}: the admins named in configuration grant and revoke the teacher and curator roles. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    static final int MOST_SHOWN = 200;

    /** An account as the admin page lists it. */
    public record Row(String username, boolean teacher, boolean curator) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Row> rows, String q, String reset);
    }

    @Inject
    PasswordReset passwords;

    @GET
    public TemplateInstance users(@QueryParam("q") String q, @QueryParam("reset") String reset) {
        String like = "%" + (q == null ? "" : q.trim().toLowerCase(Locale.ROOT)) + "%";
        List<Row> rows =
                Account.<Account>find("lower(username) like ?1 order by username", like)
                        .page(0, MOST_SHOWN)
                        .list()
                        .stream()
                        .map(a -> new Row(a.username, Roles.has(a, Roles.TEACHER), Roles.has(a, Roles.CURATOR)))
                        .toList();
        return Templates.users(rows, q == null ? "" : q, reset == null ? "" : reset);
    }

    @POST
    @Path("roles")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(@RestForm String username, @RestForm String role, @RestForm String grant) {
        if (role == null || !Roles.GRANTED.contains(role)) {
            throw new InvalidInputException("role", "role must be one of " + Roles.GRANTED);
        }
        Account account = Account.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new NotFoundException("No account named " + username));
        Roles.set(account, role, "true".equals(grant));
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    /** Sets a new password for someone who forgot theirs; the admin tells them, they change it on /account. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestForm String username, @RestForm String password) {
        Account account = Account.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new NotFoundException("No account named " + username));
        passwords.reset(account.id, password);
        return Response.seeOther(
                        URI.create("/admin/users?reset=" + URLEncoder.encode(account.username, StandardCharsets.UTF_8)))
                .build();
    }
}
