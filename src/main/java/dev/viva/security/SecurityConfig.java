package dev.viva.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in settings: the first admin, an optional API key created at start-up, the throttling of failed
 * sign-ins and the password rules.
 */
@ConfigMapping(prefix = "viva.security")
public interface SecurityConfig {

    /** The first admin, created at start-up when no admin exists. */
    @WithDefault("admin")
    String adminUsername();

    /** Its password; when unset, a random one is generated and logged once. */
    Optional<String> adminPassword();

    /** An API key to create (or keep) at start-up, for scripts and the benchmark; unset: none. */
    Optional<String> bootstrapApiKey();

    /** The role of that key. */
    @WithDefault("client")
    String bootstrapApiKeyRole();

    /**
     * How long an active API key is remembered without asking the database (capped at 5 s). A key
     * revoked through this instance is refused at once; this bounds how late one revoked through another
     * instance is. 0 turns the cache off.
     */
    @WithDefault("5s")
    java.time.Duration apiKeyCacheTtl();

    /** Failed sign-ins (form and API keys): delays, then a lock. */
    SignIn signIn();

    /** What a new password must be. */
    Password password();

    interface SignIn {

        /** Failures of an account or address that cost nothing; each one after them makes the next attempt wait. */
        @WithDefault("3")
        int freeFailures();

        /** The wait after the first failure past the free ones; it doubles with each further failure. */
        @WithDefault("1s")
        Duration baseDelay();

        /** The longest wait before the lock. */
        @WithDefault("5m")
        Duration maxDelay();

        /** Failures after which the account or address is locked. */
        @WithDefault("10")
        int maxFailures();

        /** How long a lock holds; failures are also forgotten after this long without a new one. */
        @WithDefault("15m")
        Duration lockDuration();
    }

    interface Password {

        /** The fewest characters a password may have. */
        @WithDefault("12")
        int minLength();
    }
}
