package in.prelims.account;

import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
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
import org.jboss.resteasy.reactive.RestForm;

/** Sign up, log in (the form posts to Quarkus' {@code j_security_check}), log out and settings. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@NoStore
public class AccountResource {

    @Inject
    Visitor visitor;

    @Inject
    SignUp signUp;

    @Inject
    RoutingContext request;

    @CheckedTemplate
    static class Templates {
        /**
         * @param loginFailed the last log-in had a wrong username or password
         * @param signupError shown on the sign-up form
         */
        static native TemplateInstance welcome(boolean loginFailed, String signupError, String username);

        static native TemplateInstance profile(Account account, boolean saved);
    }

    @GET
    public TemplateInstance account(@QueryParam("saved") boolean saved) {
        return visitor.account()
                .map(a -> Templates.profile(a, saved))
                .orElseGet(() -> Templates.welcome(false, null, ""));
    }

    /** The log-in page form authentication sends people to; {@code error} after a failed attempt. */
    @GET
    @Path("login")
    public Response login(@QueryParam("error") boolean error) {
        if (visitor.account().isPresent()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return Response.status(error ? Response.Status.UNAUTHORIZED : Response.Status.OK)
                .entity(Templates.welcome(error, null, ""))
                .build();
    }

    /**
     * Creates the account, then hands the same form on to the log-in check (307 keeps the POST and
     * its fields), so the new account is signed in at once.
     */
    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUp(
            @RestForm("j_username") String username,
            @RestForm("j_password") String password,
            @RestForm String confirm) {
        try {
            signUp.create(username, password, confirm);
            return Response.temporaryRedirect(URI.create("/j_security_check")).build();
        } catch (InvalidInputException | ConflictException e) {
            return Response.status(e instanceof ConflictException ? 409 : 400)
                    .entity(Templates.welcome(false, e.getMessage(), username == null ? "" : username))
                    .build();
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        FormAuthenticationMechanism.logout(request);
        return Response.seeOther(URI.create("/")).build();
    }

    /** Extra time: UPSC gives eligible candidates 20 minutes per hour. */
    @POST
    @Path("settings")
    @Authenticated
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response settings(@RestForm String extraMinutesPerHour) {
        int minutes;
        try {
            minutes = Integer.parseInt(extraMinutesPerHour == null ? "" : extraMinutesPerHour.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "extraMinutesPerHour", "Extra time must be a whole number of minutes per hour");
        }
        if (minutes < 0 || minutes > Account.MAX_EXTRA_MINUTES_PER_HOUR) {
            throw new InvalidInputException(
                    "extraMinutesPerHour",
                    "Extra time must be 0 to " + Account.MAX_EXTRA_MINUTES_PER_HOUR + " minutes per hour");
        }
        Account account = visitor.account().orElseThrow();
        Account.<Account>findById(account.id).extraMinutesPerHour = minutes;
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }
}
