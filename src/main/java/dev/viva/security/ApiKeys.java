package dev.viva.security;

import dev.viva.support.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** Making and hashing API keys: 32 random bytes, so a plain SHA-256 is enough to store them safely. */
public final class ApiKeys {

    static final String PRINCIPAL_PREFIX = "key:";
    private static final String KEY_PREFIX = "viva_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A Standard Webhooks signing secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newWebhookSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    public static String hash(String key) {
        return Hashes.sha256(key);
    }

    public static String prefix(String key) {
        return key.substring(0, Math.min(key.length(), KEY_PREFIX.length() + 6));
    }
}
