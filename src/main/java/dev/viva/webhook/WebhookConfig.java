package dev.viva.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where callbacks may go and how they are delivered. */
@ConfigMapping(prefix = "viva.webhooks")
public interface WebhookConfig {

    /** Hosts callbacks may go to (exact names, or ".example.com" for a domain and its subdomains); empty: any public host. */
    Optional<List<String>> allowedHosts();

    /**
     * Whether callbacks may go to private, loopback and link-local addresses. Off, so that the grader
     * cannot be turned against the network it runs in (SSRF); on only for tests and closed networks.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Time-out of one delivery attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** Deliveries still failing this long after the first attempt are given up (status failed). */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How often pending deliveries that no job holds (an instance died between commit and enqueue) are enqueued again. */
    @WithDefault("1m")
    Duration sweepEvery();
}
