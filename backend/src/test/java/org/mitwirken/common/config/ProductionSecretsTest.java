package org.mitwirken.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Production secrets")
class ProductionSecretsTest {

    private static final String STRONG = "q8Vt0cJx3ZpN6rLw2YhB9sKf5GmD1aEu";

    private static Map<String, String> strongConfiguration() {
        Map<String, String> config = new HashMap<>();
        ProductionSecrets.REQUIRED.forEach(secret -> config.put(secret.property(), STRONG));
        return config;
    }

    private static List<String> problemsOf(Map<String, String> config) {
        return ProductionSecrets.problems(property -> Optional.ofNullable(config.get(property)));
    }

    @Test
    @DisplayName("the shipped development defaults are refused, each naming the variable to set")
    void developmentDefaultsRefused() {
        Map<String, String> config = new HashMap<>(Map.of(
                "mitwirken.rate-limit.secret", "dev-only-rate-limit-secret",
                "mitwirken.integrity.secret", "dev-only-survey-secret",
                "mitwirken.accounts.client-secret", "dev-only-account-sync-secret",
                "quarkus.datasource.password", "mitwirken"));

        assertEquals(List.of(
                "MITWIRKEN_RATE_LIMIT_SECRET holds a development or example value",
                "MITWIRKEN_INTEGRITY_SECRET holds a development or example value",
                "MITWIRKEN_KEYCLOAK_CLIENT_SECRET holds a development or example value",
                "MITWIRKEN_DB_PASSWORD holds a development or example value"), problemsOf(config));
    }

    @Test
    @DisplayName("the example values of compose and Kubernetes, missing and short secrets are refused")
    void examplesMissingAndShortRefused() {
        Map<String, String> config = strongConfiguration();
        config.put("mitwirken.rate-limit.secret", "change-me-to-32-random-bytes");
        config.remove("mitwirken.integrity.secret");
        config.put("quarkus.datasource.password", "kurz");

        assertEquals(List.of(
                "MITWIRKEN_RATE_LIMIT_SECRET holds a development or example value",
                "MITWIRKEN_INTEGRITY_SECRET is not set",
                "MITWIRKEN_DB_PASSWORD is shorter than 12 characters"), problemsOf(config));
    }

    @Test
    @DisplayName("random secrets of sufficient length pass")
    void strongSecretsPass() {
        assertEquals(List.of(), problemsOf(strongConfiguration()));
    }
}
