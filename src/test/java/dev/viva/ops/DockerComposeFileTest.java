package dev.viva.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and what it builds and mounts, checked by parsing, since no Docker engine runs in CI:
 * Viva is built from this checkout, every file it mounts exists, each service says when it is healthy, and
 * the monitoring profile's Prometheus scrapes /q/metrics and loads the alert rules Grafana's dashboard sits on.
 */
class DockerComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?!--from)(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$");

    private final JsonNode compose = read(Path.of("docker-compose.yml"));
    private final JsonNode services = compose.path("services");

    @Test
    void runsVivaPostgresqlAndInTheMonitoringProfilePrometheusAndGrafana() {
        assertThat(names(services)).containsExactlyInAnyOrder("postgres", "viva", "prometheus", "grafana");
        assertThat(services.path("viva").has("profiles")).isFalse();
        assertThat(services.path("postgres").has("profiles")).isFalse();
        assertThat(texts(services.path("prometheus").path("profiles"))).containsExactly("monitoring");
        assertThat(texts(services.path("grafana").path("profiles"))).containsExactly("monitoring");
    }

    @Test
    void buildsVivaFromThisCheckoutWithADockerfileThatCopiesOnlyFilesThatExist() throws IOException {
        JsonNode build = services.path("viva").path("build");
        Path context = Path.of(build.path("context").asText());
        Path dockerfile = context.resolve(build.path("dockerfile").asText());

        assertThat(context.resolve("pom.xml")).exists();
        assertThat(dockerfile).exists();
        assertThat(services.path("viva").has("volumes")).as("nothing from the host's build is mounted").isFalse();
        List<String> copied = copiedFromContext(dockerfile);
        assertThat(copied).contains("pom.xml", "src/", "prompts/", "questions/", "rubrics/");
        assertThat(copied).allSatisfy(source -> assertThat(context.resolve(source)).exists());
    }

    @Test
    void theStandardDockerfileCopiesTheFastJarAndTheFilesTheServiceReadsAtRunTime() throws IOException {
        List<String> copied = copiedFromContext(Path.of("src/main/docker/Dockerfile.jvm"));

        assertThat(copied).contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/",
                "questions/", "rubrics/");
        copied.stream().filter(source -> !source.startsWith("target/"))
                .forEach(source -> assertThat(Path.of(source)).exists());
    }

    @Test
    void everyFileMountedFromTheCheckoutExists() {
        List<String> mounts = new ArrayList<>();
        services.forEach(service -> service.path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (source.startsWith("./")) {
                mounts.add(source);
            }
        }));

        assertThat(mounts).isNotEmpty();
        assertThat(mounts).allSatisfy(source -> assertThat(Path.of(source)).exists());
    }

    @Test
    void everyServiceHasAHealthCheckAndPublishesItsPort() {
        assertThat(names(services)).allSatisfy(name -> assertThat(services.path(name).path("healthcheck").path("test")
                .isArray()).as(name + " healthcheck").isTrue());
        assertThat(texts(services.path("viva").path("healthcheck").path("test")))
                .anySatisfy(arg -> assertThat(arg).endsWith(":8080/q/health/ready"));
        assertThat(texts(services.path("viva").path("ports"))).contains("8080:8080");
        assertThat(texts(services.path("prometheus").path("ports"))).contains("9090:9090");
        assertThat(texts(services.path("grafana").path("ports"))).contains("3000:3000");
        assertThat(services.path("viva").path("depends_on").path("postgres").path("condition").asText())
                .isEqualTo("service_healthy");
        assertThat(services.path("viva").path("environment").path("VIVA_DB_HOST").asText()).isEqualTo("postgres");
    }

    @Test
    void prometheusScrapesVivasMetricsAndLoadsTheAlertRules() {
        JsonNode prometheus = read(mounted("prometheus", "/etc/prometheus/prometheus.yml"));

        JsonNode viva = prometheus.path("scrape_configs").get(0);
        assertThat(viva.path("metrics_path").asText()).isEqualTo("/q/metrics");
        assertThat(texts(viva.path("static_configs").get(0).path("targets"))).containsExactly("viva:8080");
        assertThat(texts(prometheus.path("rule_files"))).hasSize(1);
        String rules = prometheus.path("rule_files").get(0).asText();
        assertThat(mounted("prometheus", rules)).isEqualTo(Path.of("./docs/ops/alerts.yml"));
        assertThat(texts(services.path("prometheus").path("command")))
                .contains("--config.file=/etc/prometheus/prometheus.yml");
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheDashboard() throws IOException {
        JsonNode datasources = read(mounted("grafana", "/etc/grafana/provisioning/datasources/viva.yml"));
        JsonNode providers = read(mounted("grafana", "/etc/grafana/provisioning/dashboards/viva.yml"));
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("docs/ops/grafana-dashboard.json")));

        JsonNode source = datasources.path("datasources").get(0);
        assertThat(source.path("url").asText()).isEqualTo("http://prometheus:9090");
        assertThat(dashboard.path("panels").findValuesAsText("uid")).isNotEmpty()
                .allSatisfy(uid -> assertThat(uid).isEqualTo(source.path("uid").asText()));
        String folder = providers.path("providers").get(0).path("options").path("path").asText();
        assertThat(mounted("grafana", folder + "/viva.json")).isEqualTo(Path.of("./docs/ops/grafana-dashboard.json"));
    }

    /** The checkout file mounted at {@code target} in the service's container. */
    private Path mounted(String service, String target) {
        for (JsonNode volume : services.path(service).path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(target)) {
                return Path.of(parts[0]);
            }
        }
        throw new AssertionError(service + " mounts nothing at " + target);
    }

    private static List<String> copiedFromContext(Path dockerfile) throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher m = COPY.matcher(Files.readString(dockerfile));
        while (m.find()) {
            sources.add(m.group(1).replace("*.jar", ""));
        }
        return sources;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " does not parse", e);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
