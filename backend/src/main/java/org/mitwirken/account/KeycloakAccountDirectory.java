package org.mitwirken.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API, read with the client-credentials grant of a confidential client whose service account
 * may only view users (realm-management {@code view-users}).
 */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {
    private static final int PAGE = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @ConfigProperty(name = "mitwirken.accounts.keycloak-url")
    String keycloakUrl;

    @ConfigProperty(name = "mitwirken.accounts.realm")
    String realm;

    @ConfigProperty(name = "mitwirken.accounts.client-id")
    String clientId;

    @ConfigProperty(name = "mitwirken.accounts.client-secret")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    @Override
    public Set<String> allSubjects() {
        Set<String> subjects = new HashSet<>();
        for (int first = 0;; first += PAGE) {
            JsonNode page = get("/users?briefRepresentation=true&first=" + first + "&max=" + PAGE);
            page.forEach(user -> subjects.add(user.path("id").asText()));
            if (page.size() < PAGE) {
                return subjects;
            }
        }
    }

    @Override
    public boolean exists(String subject) {
        HttpResponse<String> response = send("/users/" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return false;
        }
        requireOk(response);
        return true;
    }

    @Override
    public Optional<String> verifiedEmail(String subject) {
        HttpResponse<String> response = send("/users/" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        requireOk(response);
        try {
            JsonNode user = json.readTree(response.body());
            String email = user.path("email").asText("");
            return user.path("emailVerified").asBoolean(false) && !email.isBlank() ? Optional.of(email)
                    : Optional.empty();
        } catch (IOException e) {
            throw new Unavailable("Keycloak answered with an unreadable account", e);
        }
    }

    @Override
    public Optional<String> subjectOf(String loginName) {
        JsonNode found = get("/users?exact=true&briefRepresentation=true&username="
                + URLEncoder.encode(loginName, StandardCharsets.UTF_8));
        for (JsonNode user : found) {
            if (loginName.equalsIgnoreCase(user.path("username").asText())) {
                return Optional.of(user.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(path);
        requireOk(response);
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new Unavailable("Keycloak answered " + path + " with something unreadable", e);
        }
    }

    private HttpResponse<String> send(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token()).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("Keycloak unreachable at " + keycloakUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while asking Keycloak", e);
        }
    }

    private static void requireOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new Unavailable("Keycloak answered " + response.uri().getPath() + " with " + response.statusCode(),
                    null);
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm
                + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Unavailable("Keycloak refused the client credentials of " + clientId + " ("
                    + response.statusCode() + ")", null);
        }
        JsonNode granted = json.readTree(response.body());
        token = granted.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(0, granted.path("expires_in").asLong(60) - 30));
        return token;
    }
}
