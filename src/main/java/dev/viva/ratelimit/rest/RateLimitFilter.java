package dev.viva.ratelimit.rest;

import dev.viva.ratelimit.ApiKeyCallers;
import dev.viva.ratelimit.ApiKeyLimits;
import dev.viva.ratelimit.RateLimitMeters;
import dev.viva.ratelimit.RequestsPerMinute;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every {@code /api/} request an API key authenticated takes one of the key's requests per minute or
 * is refused with 429 before it does anything; its response, whatever it is, carries the IETF draft
 * headers (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "per-minute";q=600;w=60} and
 * {@code RateLimit: "per-minute";r=<remaining>;t=<seconds until the quota is full again>}.
 */
public class RateLimitFilter {

    static final String POLICY = "per-minute";
    private static final String OUTCOME = RateLimitFilter.class.getName() + ".outcome";

    private final SecurityIdentity identity;
    private final ApiKeyLimits limits;
    private final RequestsPerMinute requests;
    private final RateLimitMeters meters;

    public RateLimitFilter(SecurityIdentity identity, ApiKeyLimits limits, RequestsPerMinute requests,
            RateLimitMeters meters) {
        this.identity = identity;
        this.meters = meters;
        this.limits = limits;
        this.requests = requests;
    }

    /** Runs where the endpoint runs (a virtual or worker thread), so the bucket's database call may block. */
    @ServerRequestFilter
    public void takeOneRequest(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        OptionalLong key = ApiKeyCallers.apiKeyId(identity);
        if (key.isEmpty()) {
            return;
        }
        RequestsPerMinute.Outcome outcome = requests.take(key.getAsLong(), limits.of(key.getAsLong()));
        request.setProperty(OUTCOME, outcome);
        if (!outcome.allowed()) {
            meters.refusedRequestsPerMinute();
            throw outcome.refusal();
        }
    }

    @ServerResponseFilter
    public void tellTheLimit(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OUTCOME) instanceof RequestsPerMinute.Outcome outcome) {
            response.getHeaders().putSingle("RateLimit-Policy",
                    "\"" + POLICY + "\";q=" + outcome.quota() + ";w=" + RequestsPerMinute.WINDOW.toSeconds());
            response.getHeaders().putSingle("RateLimit",
                    "\"" + POLICY + "\";r=" + outcome.remaining() + ";t=" + outcome.secondsToReset());
        }
    }
}
