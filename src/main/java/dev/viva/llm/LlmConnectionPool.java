package dev.viva.llm;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Sizes the connection pool of the REST clients that talk to the model server (quarkus-langchain4j
 * builds them itself and offers no setting for it) from {@code viva.llm.max-connections}.
 * Without it, at most 50 gradings could wait on the model at once, whatever the load. Every REST
 * client Viva builds is a model-server client. Registered in META-INF/services.
 */
public class LlmConnectionPool implements RestClientListener {

    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        int size = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(LlmConfig.class).maxConnections();
        builder.property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, size);
    }
}
