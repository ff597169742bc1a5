package in.prelims.account;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** The client's IP address; behind a reverse proxy only with proxy-address forwarding configured. */
final class ClientAddress {

    private ClientAddress() {}

    static String of(RoutingContext http) {
        SocketAddress remote = http.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
