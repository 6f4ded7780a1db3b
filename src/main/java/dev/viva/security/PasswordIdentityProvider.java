package dev.viva.security;

import dev.viva.security.SignInAudit.Method;
import dev.viva.security.SignInAudit.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Checks a form login (user name and password) against the users table, unless the account or the client
 * address must still wait after failed sign-ins ({@link SignInThrottle}); every attempt goes to the audit.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Checked for an unknown user name, so that the answer takes as long as for a known one. */
    private static final String NOBODY = Passwords.hash("no user has this password");

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    public PasswordIdentityProvider(UserRepository users, SignInThrottle throttle, SignInAudit audit) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String address = ClientAddress.of(request);
        List<ThrottledSubject> subjects = List.of(ThrottledSubject.account(username), ThrottledSubject.address(address));
        return context.runBlocking(() -> {
            try {
                throttle.check(subjects);
            } catch (SignInThrottled e) {
                audit.record(Method.FORM, Outcome.THROTTLED, username, address);
                throw e.asAuthenticationFailure();
            }
            User user = QuarkusTransaction.joiningExisting()
                    .call(() -> users.findByUsername(username).orElse(null));
            String password = new String(request.getPassword().getPassword());
            boolean matches = Passwords.matches(password, user == null ? NOBODY : user.passwordHash);
            if (user == null || !matches) {
                throttle.recordFailure(subjects);
                audit.record(Method.FORM, Outcome.FAILED, username, address);
                throw new AuthenticationFailedException("Wrong user name or password");
            }
            throttle.clear(ThrottledSubject.account(username));
            audit.record(Method.FORM, Outcome.SIGNED_IN, username, address);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.username))
                    .addRole(user.role)
                    .build();
        });
    }
}
