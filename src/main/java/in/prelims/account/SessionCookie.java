package in.prelims.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;

/**
 * The log-in cookie: a random token naming a server-side {@link AccountSession}. HttpOnly and
 * SameSite=Strict always, Secure when the request came over HTTPS. A session cookie (gone when the
 * browser closes) unless "remember me" was ticked.
 */
final class SessionCookie {

    static final String NAME = "prelims_session";

    private SessionCookie() {}

    static Optional<String> token(RoutingContext http) {
        return Optional.ofNullable(http.request().getCookie(NAME))
                .map(Cookie::getValue)
                .filter(Tokens::wellFormed);
    }

    static void issue(RoutingContext http, String token, Optional<Duration> rememberFor) {
        Cookie cookie = base(http, token);
        rememberFor.ifPresent(lifetime -> cookie.setMaxAge(lifetime.toSeconds()));
        http.response().addCookie(cookie);
    }

    static void expire(RoutingContext http) {
        http.response().addCookie(base(http, "").setMaxAge(0));
    }

    private static Cookie base(RoutingContext http, String value) {
        return Cookie.cookie(NAME, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(secure(http));
    }

    /** HTTPS, directly or (with proxy forwarding configured) as the reverse proxy says. */
    static boolean secure(RoutingContext http) {
        return http.request().isSSL() || "https".equalsIgnoreCase(http.request().scheme());
    }
}
