package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Hashes;

/**
 * Keyed hashes (HMAC-SHA-256 with the server's integrity secret) for everything that must be recognised again but
 * never read back: participation codes, participant marks, on-site codes. Without the secret, a copy of the database
 * cannot test a guessed code or account against them. Every purpose gets a key of its own, derived from the secret.
 */
@ApplicationScoped
public class IntegrityKeys {

    @ConfigProperty(name = "mitwirken.integrity.secret")
    String secret;

    /** Macs keyed with a key derived from the secret, one per purpose, made once and then copied. */
    private final Map<String, Mac> purposeMacs = new ConcurrentHashMap<>();

    /** Keyed hash of a participation code's plain SHA-256 hex, so codes stored before keying can be carried over. */
    public String codeHash(String codeSha256Hex) {
        return hex(hmac("participation-code", codeSha256Hex));
    }

    /** Says only "this subject has taken part in this scope"; the same subject gives unrelated marks elsewhere. */
    public String mark(UUID scope, String subject) {
        return hex(hmac("participant-mark", scope + "|" + subject));
    }

    /** How marks were made before accounts were known by subject: a secret-prefixed SHA-256 of the login name. */
    public String legacyMark(UUID scope, String loginName) {
        return "legacy:" + Hashes.sha256Hex(secret + "|" + scope + "|" + loginName);
    }

    /** The check value that shows a device token was issued by this server (any instance). */
    String deviceTokenCheck(String random) {
        return hex(hmac("device-token", random)).substring(0, 32);
    }

    /**
     * The token of a link sent by e-mail (confirm, unsubscribe, cancel) for one item and purpose: the item's id and a
     * keyed check value, so the link proves itself, nothing secret about it is stored, and a link for one purpose does
     * nothing for another.
     */
    public String linkToken(String purpose, UUID item) {
        return item + "." + linkCheck(purpose, item);
    }

    /** The item a link token of this purpose was made for; empty for a token this server did not make. */
    public Optional<UUID> linkItem(String purpose, String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean made = MessageDigest.isEqual(linkCheck(purpose, id).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return made ? Optional.of(id) : Optional.empty();
    }

    private String linkCheck(String purpose, UUID item) {
        return hex(hmac("mail-link|" + purpose, item.toString())).substring(0, 32);
    }

    /** Raw keyed bytes for the rotating on-site code of a scope and time step. */
    byte[] onSiteCode(UUID scope, long step) {
        return hmac("on-site-code", scope + "|" + step);
    }

    /** A 256-bit key for sealing data at rest, derived for one purpose. */
    public byte[] sealingKey(String purpose) {
        return hmac("sealing-key", purpose);
    }

    private byte[] hmac(String purpose, String message) {
        try {
            // A copy of a Mac keyed once per purpose: cheaper than looking the algorithm up and keying it each time.
            Mac mac = (Mac) purposeMacs.computeIfAbsent(purpose, this::purposeMac).clone();
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of the JRE can be cloned", e);
        }
    }

    private Mac purposeMac(String purpose) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
