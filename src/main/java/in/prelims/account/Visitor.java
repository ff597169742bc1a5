package in.prelims.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    GuestCookie guestCookie;

    @Inject
    EntityManager database;

    private Account account;
    private Owner owner;
    private Optional<String> guestKey;

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        if (account == null && !identity.isAnonymous()) {
            account = Account.<Account>find("username", identity.getPrincipal().getName())
                    .firstResult();
        }
        return Optional.ofNullable(account);
    }

    /** The owner of the request, issuing a guest cookie to a first-time visitor (or one with a forged cookie). */
    public Owner owner() {
        return existingOwner().orElseGet(() -> {
            String value = guestCookie.newValue();
            request.response().addCookie(GuestCookie.issue(value));
            guestKey = guestCookie.key(value, database);
            owner = Owner.guest(guestKey.orElseThrow());
            return owner;
        });
    }

    /** The owner if the visitor is signed in or has a guest cookie we issued; never issues one. */
    public Optional<Owner> existingOwner() {
        if (owner != null) {
            return Optional.of(owner);
        }
        Optional<String> guest = guestKey();
        Optional<Account> signedIn = account();
        if (signedIn.isPresent()) {
            guest.ifPresent(key -> claim(key, signedIn.get().id));
            owner = Owner.account(signedIn.get().id);
        } else {
            owner = guest.map(Owner::guest).orElse(null);
        }
        return Optional.ofNullable(owner);
    }

    /** The guest key of this request's cookie, if the server issued it; an unsigned old cookie is re-signed. */
    Optional<String> guestKey() {
        if (guestKey == null) {
            Optional<String> value = Optional.ofNullable(request.request().getCookie(GuestCookie.NAME))
                    .map(Cookie::getValue);
            guestKey =
                    value.flatMap(v -> QuarkusTransaction.joiningExisting().call(() -> guestCookie.key(v, database)));
            if (guestKey.isPresent()) {
                value.flatMap(guestCookie::upgraded)
                        .ifPresent(signed -> request.response().addCookie(GuestCookie.issue(signed)));
            }
        }
        return guestKey;
    }

    void claim(String guestKey, long userId) {
        QuarkusTransaction.joiningExisting().run(() -> claims.fire(new GuestClaimed(guestKey, userId)));
        request.response().addCookie(GuestCookie.expire());
    }
}
