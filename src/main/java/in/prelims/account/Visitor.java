package in.prelims.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The person behind the current request: a signed-in account or a guest with a cookie. A guest
 * who is also signed in (just logged in or signed up) hands their attempts to the account here.
 */
@RequestScoped
public class Visitor {

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext request;

    @Inject
    Event<GuestClaimed> claims;

    private Account account;
    private Owner owner;

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        if (account == null && !identity.isAnonymous()) {
            account = Account.<Account>find("username", identity.getPrincipal().getName())
                    .firstResult();
        }
        return Optional.ofNullable(account);
    }

    /** The owner of the request, issuing a guest cookie to a first-time visitor. */
    public Owner owner() {
        return existingOwner().orElseGet(() -> {
            String token = GuestCookie.newToken();
            request.response().addCookie(GuestCookie.issue(token));
            owner = Owner.guest(GuestCookie.key(token));
            return owner;
        });
    }

    /** The owner if the visitor is signed in or already has a guest cookie; never issues one. */
    public Optional<Owner> existingOwner() {
        if (owner != null) {
            return Optional.of(owner);
        }
        Optional<String> guestToken = Optional.ofNullable(request.request().getCookie(GuestCookie.NAME))
                .map(Cookie::getValue)
                .filter(GuestCookie::wellFormed);
        Optional<Account> signedIn = account();
        if (signedIn.isPresent()) {
            guestToken.ifPresent(token -> claim(GuestCookie.key(token), signedIn.get().id));
            owner = Owner.account(signedIn.get().id);
        } else {
            owner = guestToken.map(token -> Owner.guest(GuestCookie.key(token))).orElse(null);
        }
        return Optional.ofNullable(owner);
    }

    /** The guest key of this request's cookie, for handing attempts over at sign-up. */
    Optional<String> guestKey() {
        return Optional.ofNullable(request.request().getCookie(GuestCookie.NAME))
                .map(Cookie::getValue)
                .filter(GuestCookie::wellFormed)
                .map(GuestCookie::key);
    }

    void claim(String guestKey, long userId) {
        QuarkusTransaction.joiningExisting().run(() -> claims.fire(new GuestClaimed(guestKey, userId)));
        request.response().addCookie(GuestCookie.expire());
    }
}
