package dev.viva.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts sign-in session cookies: {@code VIVA_SESSION_KEY}, or else a random key made
 * here and never written anywhere. (Left to itself, Quarkus would make one too but print it in the
 * log, where anyone who reads the log could forge sessions.) A random key means that sessions end on
 * restart and are not shared between instances: set {@code VIVA_SESSION_KEY} in production.
 * Low ordinal, so application.properties (the test profile) and QUARKUS_* variables still win.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private final Map<String, String> values = Map.of(PROPERTY, key());

    private static String key() {
        String configured = System.getenv("VIVA_SESSION_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "viva-session-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
