package dev.viva.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns a presented API key into an identity: looked up by its SHA-256, refused when unknown or revoked. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ApiKeyRepository keys;
    private final ApiKeyCache cache;

    public ApiKeyIdentityProvider(ApiKeyRepository keys, ApiKeyCache cache) {
        this.keys = keys;
        this.cache = cache;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String hash = ApiKeys.hash(request.key());
        Optional<ApiKeyCache.ActiveKey> cached = cache.cached(hash);
        if (cached.isPresent()) {
            return Uni.createFrom().item(identity(cached.get()));
        }
        return context.runBlocking(() -> identity(cache.load(hash, () -> QuarkusTransaction.joiningExisting()
                .call(() -> keys.findActiveByHash(hash))
                .map(key -> new ApiKeyCache.ActiveKey(key.id, key.principal(), key.role)))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"))));
    }

    private static SecurityIdentity identity(ApiKeyCache.ActiveKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.principal()))
                .addRole(key.role())
                .addAttribute("apiKeyId", key.id())
                .build();
    }
}
