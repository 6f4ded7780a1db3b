package dev.viva.webhook;

import dev.viva.evaluation.CallbackTargets;
import dev.viva.security.ApiKeyService;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard: a callback must be http(s) to a host on the allow lists (global, then the key's),
 * and every address the host resolves to must be public unless private addresses are allowed. It is
 * checked when the answer is accepted (422) and again just before each delivery, since DNS can change.
 */
@ApplicationScoped
public class CallbackAddresses implements CallbackTargets {

    private final WebhookConfig config;
    private final ApiKeyService keys;

    public CallbackAddresses(WebhookConfig config, ApiKeyService keys) {
        this.config = config;
        this.keys = keys;
    }

    @Override
    public void requireAllowed(String callbackUrl, String clientRef) {
        requireAllowed(callbackUrl, keys.webhookSettings(clientRef).map(ApiKeyService.WebhookSettings::allowedHosts)
                .orElse(List.of()));
    }

    /** @param keyHosts the hosts the caller's key allows (empty: any within the global list) */
    void requireAllowed(String callbackUrl, List<String> keyHosts) {
        URI uri = parse(callbackUrl);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        List<String> global = config.allowedHosts().orElse(List.of());
        if (!global.isEmpty() && !matchesAny(host, global)) {
            throw refused(callbackUrl, "its host is not in viva.webhooks.allowed-hosts");
        }
        if (!keyHosts.isEmpty() && !matchesAny(host, keyHosts)) {
            throw refused(callbackUrl, "its host is not among this API key's webhook hosts");
        }
        if (!config.allowPrivateAddresses()) {
            for (InetAddress address : resolve(host, callbackUrl)) {
                if (isPrivate(address)) {
                    throw refused(callbackUrl, "it resolves to a private, loopback or link-local address ("
                            + address.getHostAddress() + ")");
                }
            }
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw refused(url, "it must be an http or https URL with a host and no user info");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw refused(url, "it is not a valid URL");
        }
    }

    private static InetAddress[] resolve(String host, String url) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused(url, "its host does not resolve");
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
        }
        if (a instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (isV4Mapped(b)) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return v6.isIPv4CompatibleAddress();
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static boolean matchesAny(String host, List<String> allowed) {
        return allowed.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .anyMatch(h -> h.startsWith(".") ? host.endsWith(h) || host.equals(h.substring(1)) : host.equals(h));
    }

    private static DomainException refused(String url, String why) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "Callback URL not allowed",
                "The callbackUrl " + url + " is refused: " + why + ".");
    }
}
