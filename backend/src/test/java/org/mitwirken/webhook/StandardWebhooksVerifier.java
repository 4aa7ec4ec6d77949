package org.mitwirken.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver checks a delivery, written from the Standard Webhooks specification rather than from our signer:
 * any of the space-separated {@code v1,} signatures must match HMAC-SHA256 of {@code id.timestamp.body} keyed with
 * the base64 part of the secret, compared in constant time.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatures)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return Arrays.stream(signatures.split(" ")).filter(s -> s.startsWith("v1,"))
                .map(s -> Base64.getDecoder().decode(s.substring(3)))
                .anyMatch(given -> MessageDigest.isEqual(expected, given));
    }
}
