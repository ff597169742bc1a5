package in.prelims.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The owner of a request known from its cookies alone, for fast paths that must not wait on the
 * database: a guest whose cookie the server signed, with no log-in cookie. Any other visitor (signed
 * in, a first visit, an old unsigned cookie) is left to {@link Visitor}.
 */
@ApplicationScoped
public class CookieGuest {

    @Inject
    GuestCookie guestCookie;

    public Optional<Owner> of(HttpServerRequest request) {
        Cookie guest = request.getCookie(GuestCookie.NAME);
        if (guest == null || request.getCookie(SessionCookie.NAME) != null) {
            return Optional.empty();
        }
        return guestCookie.signedKey(guest.getValue()).map(Owner::guest);
    }
}
