package in.prelims.account;

import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.web.ClientAddress;
import in.prelims.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

    @Inject
    SignUpThrottle signUpThrottle;

    @Inject
    Sessions sessions;

    @Inject
    PasswordChange passwordChange;

    @CheckedTemplate
    static class Templates {
        /**
         * @param loginFailed the last log-in had a wrong username or password
         * @param signupError shown on the sign-up form
         */
        static native TemplateInstance welcome(boolean loginFailed, String signupError, String username);

        /**
         * @param saved the settings were saved
         * @param passwordMessage what became of a password change, or null
         */
        static native TemplateInstance profile(Account account, boolean saved, String passwordMessage);
    }

    /** Account pages show who is signed in and hold the forms' tokens: never stored by a browser or a proxy. */
    @GET
    public Response account(@QueryParam("saved") boolean saved, @QueryParam("password") boolean passwordChanged) {
        TemplateInstance page = visitor.account()
                .map(a -> Templates.profile(a, saved, passwordChanged ? PasswordChange.CHANGED : null))
                .orElseGet(() -> Templates.welcome(false, null, ""));
        return noStore(Response.ok(page));
    }

    /** The log-in page form authentication sends people to; {@code error} after a failed attempt. */
    @GET
    @Path("login")
    public Response login(@QueryParam("error") boolean error) {
        if (visitor.account().isPresent()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return noStore(Response.status(error ? Response.Status.UNAUTHORIZED : Response.Status.OK)
                .entity(Templates.welcome(error, null, "")));
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
        String address = ClientAddress.of(request);
        signUpThrottle.check(address);
        try {
            signUp.create(username, password, confirm);
            signUpThrottle.count(address);
            return Response.temporaryRedirect(URI.create("/j_security_check")).build();
        } catch (InvalidInputException | ConflictException e) {
            if (e instanceof ConflictException) signUpThrottle.count(address);
            return noStore(Response.status(e instanceof ConflictException ? 409 : 400)
                    .entity(Templates.welcome(false, e.getMessage(), username == null ? "" : username)));
        }
    }

    /** Ends the session on the server too, so a saved copy of the cookie no longer signs anyone in. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        SessionCookie.token(request).ifPresent(sessions::revoke);
        SessionCookie.expire(request);
        return Response.seeOther(URI.create("/")).build();
    }

    /** A new password ends every other session of the account; this browser stays signed in. */
    @POST
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(
            @RestForm String current, @RestForm("password") String password, @RestForm String confirm) {
        Account account = visitor.account().orElseThrow();
        try {
            passwordChange.change(account.id, current, password, confirm, SessionCookie.token(request));
            return Response.seeOther(URI.create("/account?password=true")).build();
        } catch (InvalidInputException e) {
            return noStore(Response.status(400).entity(Templates.profile(account, false, e.getMessage())));
        }
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

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}
