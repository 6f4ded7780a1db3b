package dev.viva.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Sign-in settings: the first admin and an optional API key created at start-up. */
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
}
