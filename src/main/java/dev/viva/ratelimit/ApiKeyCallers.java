package dev.viva.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.OptionalLong;

/**
 * Which API key a request was authenticated by, if any: the identity attribute that
 * {@code dev.viva.security.ApiKeyIdentityProvider} sets. A session (a person signed in to the web UI)
 * has none, so it is limited by no key.
 */
public final class ApiKeyCallers {

    static final String API_KEY_ID = "apiKeyId";

    private ApiKeyCallers() {
    }

    public static OptionalLong apiKeyId(SecurityIdentity identity) {
        return identity.getAttribute(API_KEY_ID) instanceof Long id ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
