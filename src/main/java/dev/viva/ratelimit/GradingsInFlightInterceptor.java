package dev.viva.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.OptionalLong;

/** Holds a gradingsInFlight slot of the calling API key for as long as the grading runs. */
@CountedAsGradingInFlight
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GradingsInFlightInterceptor {

    private final SecurityIdentity identity;
    private final ApiKeyLimits limits;
    private final GradingsInFlight gradings;
    private final RateLimitMeters meters;

    public GradingsInFlightInterceptor(SecurityIdentity identity, ApiKeyLimits limits, GradingsInFlight gradings,
            RateLimitMeters meters) {
        this.identity = identity;
        this.meters = meters;
        this.limits = limits;
        this.gradings = gradings;
    }

    @AroundInvoke
    Object holdASlot(InvocationContext call) throws Exception {
        OptionalLong key = ApiKeyCallers.apiKeyId(identity);
        if (key.isEmpty()) {
            return call.proceed();
        }
        GradingsInFlight.Slot slot;
        try {
            slot = gradings.take(key.getAsLong(), limits.of(key.getAsLong()).gradingsInFlight());
        } catch (LimitReached refused) {
            meters.refusedGradingsInFlight();
            throw refused;
        }
        try (slot) {
            return call.proceed();
        }
    }
}
