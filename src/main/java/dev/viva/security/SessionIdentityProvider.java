package dev.viva.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The form login's session cookie names a user already signed in; this reads the user's current role,
 * so that a deleted user's session stops working and a changed role applies at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final UserRepository users;

    public SessionIdentityProvider(UserRepository users) {
        this.users = users;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            User user = QuarkusTransaction.joiningExisting()
                    .call(() -> users.findByUsername(request.getPrincipal()).orElse(null));
            if (user == null) {
                throw new AuthenticationFailedException("The signed-in user no longer exists");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username))
                    .addRole(user.role).build();
        });
    }
}
