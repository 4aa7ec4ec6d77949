package org.mitwirken.common.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like Keycloak's, signed with the test keys in src/test/resources/tokens. */
final class TestTokens {
    private TestTokens() {
    }

    /** A token the realm would issue now for the user with these realm roles. */
    static JwtClaimsBuilder valid(String user, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(RealTokensProfile.ISSUER)
                .audience("mitwirken-api")
                .subject("subject-of-" + user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
    }

    static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(privateKey("signing-key.pem"));
    }

    static String signedWithForeignKey(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(privateKey("foreign-key.pem"));
    }

    /** The same claims with {@code alg: none} and no signature, which no verifier may accept. */
    static String unsigned(JwtClaimsBuilder claims) {
        String signed = signed(claims);
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    static String publicKeyBase64() {
        return pemBody("signing-key.pub.pem");
    }

    private static PrivateKey privateKey(String file) {
        try {
            byte[] der = Base64.getDecoder().decode(pemBody(file));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pemBody(String file) {
        try (var in = TestTokens.class.getResourceAsStream("/tokens/" + file)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
