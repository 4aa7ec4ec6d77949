package org.mitwirken.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.mitwirken.client.ApiClient;

/** Generated clients as a third-party app would set them up, every answer checked by {@link StrictContract}. */
final class Clients {
    static final String API = System.getProperty("mitwirken.url", "http://localhost:8096");
    static final String KEYCLOAK = System.getProperty("mitwirken.keycloak", "http://localhost:8180");
    private static final StrictContract CONTRACT = load();

    private Clients() {
    }

    /** A client without a login. */
    static ApiClient anonymous() {
        ApiClient client = new ApiClient(new OkHttpClient.Builder().addInterceptor(CONTRACT).build());
        client.setBasePath(API);
        return client;
    }

    /** A client acting for a person who logged in at Keycloak. */
    static ApiClient loggedInAs(String user) {
        ApiClient client = anonymous();
        client.setBearerToken(KeycloakLogin.accessToken(KEYCLOAK, user, user));
        return client;
    }

    /** A client acting for a person who logged in through a registered app (public client, PKCE). */
    static ApiClient loggedInThroughApp(String app, String user) {
        ApiClient client = anonymous();
        client.setBearerToken(KeycloakLogin.accessToken(KEYCLOAK, app, user, user));
        return client;
    }

    /** A server-side app logged in as itself (client credentials). */
    static ApiClient serverApp(String app, String secret) {
        ApiClient client = anonymous();
        client.setBearerToken(KeycloakLogin.clientCredentials(KEYCLOAK, app, secret));
        return client;
    }

    private static StrictContract load() {
        try {
            return new StrictContract(Path.of(System.getProperty("mitwirken.contract", "../openapi.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
