package dev.viva.security;

import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Creates and lists users and changes their passwords (see {@link PasswordRules}); stored as bcrypt hashes. */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final PasswordRules rules;

    public UserService(UserRepository users, PasswordRules rules) {
        this.users = users;
        this.rules = rules;
    }

    @Transactional
    public UserView create(String username, String password, String role) {
        requireRole(role);
        rules.check(password);
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "User exists", "A user named '" + username + "' exists already.");
        }
        User user = new User();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role;
        user.createdAt = OffsetDateTime.now();
        users.persist(user);
        return UserView.of(user);
    }

    /** A new password for a user; a weak one changes nothing. */
    @Transactional
    public UserView changePassword(long id, String password) {
        rules.check(password);
        User user = users.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("User", String.valueOf(id)));
        user.passwordHash = Passwords.hash(password);
        return UserView.of(user);
    }

    @Transactional
    public List<UserView> list() {
        return users.listAll().stream().map(UserView::of).toList();
    }

    static void requireRole(String role) {
        if (!Roles.ALL.contains(role)) {
            throw DomainException.invalidInput("role must be one of admin, reviewer, client, learner (got '" + role + "').");
        }
    }

    public record UserView(long id, String username, String role, OffsetDateTime createdAt) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.role, u.createdAt);
        }
    }
}
