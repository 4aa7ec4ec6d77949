package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Tokens;

/**
 * The token a device keeps to change its own anonymous contribution. Only the server issues tokens (each one with a
 * keyed check value), and only from a rate-limited call, so a client cannot mint participants of its own.
 */
@ApplicationScoped
public class DeviceTokens {

    @Inject
    IntegrityKeys keys;

    /** A new device: the token it keeps, and the key its contributions are stored under. */
    public record Issued(String token, String participant) {
    }

    public Issued issue() {
        String random = Tokens.newSecret();
        String token = random + "." + check(random);
        return new Issued(token, participantOf(token));
    }

    /** The stored key of the device behind a token this server issued; a made-up token is refused. */
    public String participant(String token) {
        int dot = token.lastIndexOf('.');
        boolean issuedHere = dot > 0 && MessageDigest.isEqual(check(token.substring(0, dot))
                .getBytes(StandardCharsets.US_ASCII), token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        if (!issuedHere) {
            throw IntegrityProblems.deviceTokenInvalid();
        }
        return participantOf(token);
    }

    private static String participantOf(String token) {
        return "device:" + Hashes.sha256Hex(token);
    }

    private String check(String random) {
        return keys.deviceTokenCheck(random);
    }
}
