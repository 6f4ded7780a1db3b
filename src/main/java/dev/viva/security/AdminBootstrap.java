package dev.viva.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * At start-up: creates the first admin when no admin exists (password from configuration, or a random
 * one that is logged once), and the configured API key, if any.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final SecurityConfig config;
    private final UserRepository users;
    private final UserService userService;
    private final ApiKeyService apiKeys;

    public AdminBootstrap(SecurityConfig config, UserRepository users, UserService userService, ApiKeyService apiKeys) {
        this.config = config;
        this.users = users;
        this.userService = userService;
        this.apiKeys = apiKeys;
    }

    void onStart(@Observes StartupEvent event) {
        boolean adminExists = QuarkusTransaction.requiringNew().call(() -> users.anyWithRole(Roles.ADMIN));
        if (!adminExists) {
            String password = config.adminPassword().orElse(null);
            boolean generated = password == null || password.isBlank();
            if (generated) {
                byte[] bytes = new byte[18];
                new SecureRandom().nextBytes(bytes);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
            userService.create(config.adminUsername(), password, Roles.ADMIN);
            if (generated) {
                LOG.warnf("Created the first admin '%s' with the generated password %s (shown only now; "
                        + "set VIVA_ADMIN_PASSWORD to choose it)", config.adminUsername(), password);
            } else {
                LOG.infof("Created the first admin '%s' from configuration", config.adminUsername());
            }
        }
        config.bootstrapApiKey().filter(key -> !key.isBlank())
                .ifPresent(key -> apiKeys.ensure("bootstrap", config.bootstrapApiKeyRole(), key));
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.infof("Dev mode: sign in at http://localhost:%s/login as '%s' with the password '%s'; API calls take "
                    + "the header 'X-API-Key: %s' (role %s); Dev UI at /q/dev-ui", httpPort(), config.adminUsername(),
                    config.adminPassword().orElse("(the one logged when the admin was created)"),
                    config.bootstrapApiKey().orElse("(none: set VIVA_API_KEY)"), config.bootstrapApiKeyRole());
        }
    }

    private static String httpPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
    }
}
