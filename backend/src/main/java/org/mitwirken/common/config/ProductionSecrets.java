package org.mitwirken.common.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production instance started with a development default or a guessable value would key every rate limit and every
 * participation mark with a secret anyone can read in this repository; it refuses to start and names what to set.
 */
@ApplicationScoped
public class ProductionSecrets {

    /** A secret the configuration needs, the variable an operator sets, and its least length. */
    public record Secret(String property, String variable, int minimumLength) {
    }

    static final List<Secret> REQUIRED = List.of(
            new Secret("mitwirken.rate-limit.secret", "MITWIRKEN_RATE_LIMIT_SECRET", 32),
            new Secret("mitwirken.integrity.secret", "MITWIRKEN_INTEGRITY_SECRET", 32),
            new Secret("mitwirken.accounts.client-secret", "MITWIRKEN_KEYCLOAK_CLIENT_SECRET", 16),
            new Secret("quarkus.datasource.password", "MITWIRKEN_DB_PASSWORD", 12));

    private static final List<String> DEVELOPMENT_MARKERS = List.of("dev-only", "change-me", "changeme");
    private static final List<String> GUESSABLE = List.of("mitwirken", "password", "secret", "admin", "postgres");

    @ConfigProperty(name = "mitwirken.production-checks.enabled", defaultValue = "true")
    boolean enabled;

    void refuseDevelopmentSecrets(@Observes @Priority(1) StartupEvent start, Config config) {
        if (!enabled) {
            return;
        }
        List<String> problems = problems(property -> config.getOptionalValue(property, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Mitwirken refuses to start in production with development secrets:\n  "
                    + String.join("\n  ", problems)
                    + "\nGenerate each with `openssl rand -base64 32` (see README, section Production).");
        }
    }

    /** One line per secret that is missing, a development default, guessable or too short. */
    public static List<String> problems(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : REQUIRED) {
            String value = lookup.apply(secret.property()).orElse("");
            String lower = value.toLowerCase(Locale.ROOT);
            if (value.isBlank()) {
                problems.add(secret.variable() + " is not set");
            } else if (DEVELOPMENT_MARKERS.stream().anyMatch(lower::contains) || GUESSABLE.contains(lower)) {
                problems.add(secret.variable() + " holds a development or example value");
            } else if (value.length() < secret.minimumLength()) {
                problems.add(secret.variable() + " is shorter than " + secret.minimumLength() + " characters");
            }
        }
        return problems;
    }
}
