package org.mitwirken.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests keep the promises the application makes: replicas, probes, shutdown, configuration. */
@DisplayName("Deployment manifests")
class DeploymentManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    @DisplayName("two or more backend replicas with readiness, liveness and startup probes on the health endpoints")
    void backendDeployment() throws IOException {
        JsonNode deployment = documents("deploy/k8s/base/backend.yaml").get(0);
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("mitwirken-config", container.at("/envFrom/0/configMapRef/name").asText());
        assertEquals("mitwirken-secrets", container.at("/envFrom/1/secretRef/name").asText());
    }

    @Test
    @DisplayName("the pod's grace period outlasts the application's shutdown timeout, so in-flight requests finish")
    void gracefulShutdown() throws IOException {
        int grace = documents("deploy/k8s/base/backend.yaml").get(0)
                .at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        Matcher timeout = Pattern.compile("quarkus.shutdown.timeout=\\$\\{[A-Z_]+:(\\d+)S}").matcher(properties());
        assertTrue(timeout.find());
        assertTrue(grace > Integer.parseInt(timeout.group(1)) + 5, "grace " + grace + " s");
    }

    @Test
    @DisplayName("every variable the example configuration sets is one the application or the SPA's nginx reads")
    void configurationVariablesExist() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher variable = Pattern.compile("\\$\\{(MITWIRKEN_[A-Z_]+)").matcher(properties());
        while (variable.find()) {
            read.add(variable.group(1));
        }
        Matcher frontendKey = Pattern.compile("key: (MITWIRKEN_[A-Z_]+)")
                .matcher(Files.readString(ROOT.resolve("deploy/k8s/base/frontend.yaml")));
        while (frontendKey.find()) {
            read.add(frontendKey.group(1));
        }
        Set<String> set = new TreeSet<>();
        for (String file : List.of("config.env", "secrets.env")) {
            Files.readAllLines(ROOT.resolve("deploy/k8s/overlays/example/" + file)).stream()
                    .filter(line -> line.startsWith("MITWIRKEN_")).map(line -> line.substring(0, line.indexOf('=')))
                    .forEach(set::add);
        }
        set.removeAll(read);
        assertEquals(Set.of(), set, "variables set but never read");
    }

    @Test
    @DisplayName("the backend replicas of compose and Kubernetes together open fewer connections than PostgreSQL allows")
    void connectionPoolsFitTheDatabase() throws IOException {
        Matcher pool = Pattern.compile("quarkus.datasource.jdbc.max-size=\\$\\{MITWIRKEN_DB_POOL_SIZE:(\\d+)}")
                .matcher(properties());
        assertTrue(pool.find(), "the pool size is bounded and configurable");
        int connectionsPerReplica = Integer.parseInt(pool.group(1));
        int composeReplicas = documents("docker-compose.yml").get(0).at("/services/backend/deploy/replicas").asInt();
        int kubernetesReplicas = documents("deploy/k8s/base/backend.yaml").get(0).at("/spec/replicas").asInt();
        // PostgreSQL's default max_connections is 100, 3 of them reserved for superusers; leave 20 for Keycloak, backups
        // and an operator's psql.
        int available = 100 - 3 - 20;
        for (int replicas : List.of(composeReplicas, kubernetesReplicas)) {
            assertTrue(replicas >= 2, "replicas " + replicas);
            assertTrue(replicas * connectionsPerReplica <= available,
                    replicas + " replicas × " + connectionsPerReplica + " connections");
        }
    }

    private static List<JsonNode> documents(String file) throws IOException {
        try (var parser = YAML.getFactory().createParser(ROOT.resolve(file).toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll();
        }
    }

    private static String properties() throws IOException {
        return Files.readString(ROOT.resolve("backend/src/main/resources/application.properties"));
    }
}
