package in.prelims.web;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** The client's IP address; behind a reverse proxy only with proxy-address forwarding configured. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(RoutingContext http) {
        SocketAddress remote = http.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
