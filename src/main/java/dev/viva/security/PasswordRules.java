package dev.viva.security;

import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least {@code viva.security.password.min-length} characters (12 by
 * default) and not one of the common passwords in {@value #COMMON_PASSWORDS} (compared ignoring case).
 */
@ApplicationScoped
public class PasswordRules {

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    public PasswordRules(SecurityConfig config) {
        this.minLength = config.password().minLength();
        this.common = load();
    }

    /** Refuses a weak password as invalid input that names the field {@code password}. */
    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw weak("must have at least " + minLength + " characters");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw weak("is one of the most common passwords; choose another (a few unrelated words make a good one)");
        }
    }

    private static DomainException weak(String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid request", "password: " + message,
                Map.of("violations", List.of(Map.of("field", "password", "message", message))));
    }

    private static Set<String> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
