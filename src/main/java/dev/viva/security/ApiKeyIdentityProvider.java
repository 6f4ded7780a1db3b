package dev.viva.security;

import dev.viva.security.SignInAudit.Method;
import dev.viva.security.SignInAudit.Outcome;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns a presented API key into an identity: looked up by its SHA-256, refused when unknown or revoked.
 * Wrong keys are counted against the client address, which then waits like a form sign-in; while it
 * waits every key from it is refused, a right one too (otherwise the answer would tell a guess was right).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ActiveApiKeys keys;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    public ApiKeyIdentityProvider(ActiveApiKeys keys, SignInThrottle throttle, SignInAudit audit) {
        this.keys = keys;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String hash = ApiKeys.hash(request.key());
        List<ThrottledSubject> address = List.of(ThrottledSubject.apiKeyAddress(ClientAddress.of(request)));
        return context.runBlocking(() -> {
            try {
                throttle.check(address);
            } catch (SignInThrottled e) {
                throw e.asAuthenticationFailure();
            }
            try {
                return identity(keys.byHash(hash));
            } catch (AuthenticationFailedException e) {
                throttle.recordFailure(address);
                audit.record(Method.API_KEY, Outcome.FAILED, ApiKeys.prefix(request.key()), address.get(0).subject());
                throw e;
            }
        });
    }

    private static SecurityIdentity identity(ActiveApiKeys.ActiveKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.principal()))
                .addRole(key.role())
                .addAttribute("apiKeyId", key.id())
                .build();
    }
}
