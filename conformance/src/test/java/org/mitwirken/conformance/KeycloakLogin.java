package org.mitwirken.conformance;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A real login as a public app does it (authorization code with PKCE): open Keycloak's login page, send the form as
 * a browser would, take the code from the redirect and exchange it for an access token.
 */
final class KeycloakLogin {
    static final String CLIENT = System.getProperty("mitwirken.client-id", "mitwirken-spa");
    static final String REDIRECT = System.getProperty("mitwirken.redirect-uri", "http://localhost:4173/conformance");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private KeycloakLogin() {
    }

    static String accessToken(String keycloak, String user, String password) {
        return accessToken(keycloak, CLIENT, user, password);
    }

    /** The login of a person through the app registered as {@code client} (a public client with PKCE). */
    static String accessToken(String keycloak, String client, String user, String password) {
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false)
                .cookieJar(new Cookies()).build();
        String realm = keycloak + "/realms/mitwirken/protocol/openid-connect";
        String verifier = randomText();
        HttpUrl authorize = HttpUrl.get(realm + "/auth").newBuilder().addQueryParameter("client_id", client)
                .addQueryParameter("redirect_uri", REDIRECT).addQueryParameter("response_type", "code")
                .addQueryParameter("scope", "openid").addQueryParameter("state", randomText())
                .addQueryParameter("code_challenge", challenge(verifier))
                .addQueryParameter("code_challenge_method", "S256").build();
        try {
            String page = body(browser, new Request.Builder().url(authorize).build());
            Matcher action = FORM_ACTION.matcher(page);
            if (!action.find()) {
                throw new IllegalStateException("no login form on Keycloak's page");
            }
            Request login = new Request.Builder().url(action.group(1).replace("&amp;", "&"))
                    .post(new FormBody.Builder().add("username", user).add("password", password).build()).build();
            String location;
            try (Response redirect = browser.newCall(login).execute()) {
                location = redirect.header("Location");
            }
            String code = location == null ? null : HttpUrl.get(location).queryParameter("code");
            if (code == null) {
                throw new IllegalStateException("Keycloak did not accept the login of " + user);
            }
            String tokens = body(browser, new Request.Builder().url(realm + "/token").post(new FormBody.Builder()
                    .add("grant_type", "authorization_code").add("client_id", client).add("code", code)
                    .add("redirect_uri", REDIRECT).add("code_verifier", verifier).build()).build());
            return JsonParser.parseString(tokens).getAsJsonObject().get("access_token").getAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server-side app's login as itself (client credentials): no person behind it. */
    static String clientCredentials(String keycloak, String client, String secret) {
        Request request = new Request.Builder().url(keycloak + "/realms/mitwirken/protocol/openid-connect/token")
                .post(new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", client)
                        .add("client_secret", secret).build()).build();
        try {
            String tokens = body(new OkHttpClient(), request);
            return JsonParser.parseString(tokens).getAsJsonObject().get("access_token").getAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException(request.url() + " answered " + response.code());
            }
            return response.body().string();
        }
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The login session's cookies, kept as a browser keeps them for the one host. Keycloak marks them Secure, which
     * browsers honour on plain-HTTP localhost too.
     */
    private static final class Cookies implements CookieJar {
        private final List<Cookie> kept = new ArrayList<>();

        @Override
        public synchronized void saveFromResponse(HttpUrl url, List<Cookie> cookies) {
            cookies.forEach(cookie -> {
                kept.removeIf(old -> old.name().equals(cookie.name()));
                kept.add(cookie);
            });
        }

        @Override
        public synchronized List<Cookie> loadForRequest(HttpUrl url) {
            return kept.stream().filter(cookie -> url.encodedPath().startsWith(cookie.path())).toList();
        }
    }
}
