package in.prelims.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request that names a server-side session by its cookie's token. */
final class SessionRequest extends BaseAuthenticationRequest {

    final String token;

    SessionRequest(String token) {
        this.token = token;
    }
}
