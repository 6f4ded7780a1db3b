package dev.viva.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The client address of a sign-in, as Quarkus gives it: the peer of the connection, or the forwarded one
 * only when {@code quarkus.http.proxy.*} says to trust a proxy's headers.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    static String of(AuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        if (address == null) {
            return UNKNOWN;
        }
        return address.hostAddress() != null ? address.hostAddress() : address.toString();
    }
}
