package org.mitwirken.common.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Bearer tokens verified as in production (signature, issuer, audience, expiry), against a test key instead of
 * Keycloak's, so tests can forge every kind of bad token.
 */
public class RealTokensProfile implements QuarkusTestProfile {
    static final String ISSUER = "https://keycloak.test/realms/mitwirken";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", TestTokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", ISSUER);
    }
}
