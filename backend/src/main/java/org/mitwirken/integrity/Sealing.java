package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption (AES-256-GCM) of data that waits in the database for a short while and must not be
 * readable there, with a key derived from the integrity secret for each purpose. Every instance can open what
 * another sealed.
 */
@ApplicationScoped
public class Sealing {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IntegrityKeys keys;

    public byte[] seal(String purpose, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, purpose, iv, plain, 0, plain.length);
        return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    }

    public byte[] open(String purpose, byte[] sealed) {
        byte[] iv = java.util.Arrays.copyOf(sealed, IV_BYTES);
        return crypt(Cipher.DECRYPT_MODE, purpose, iv, sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private byte[] crypt(int mode, String purpose, byte[] iv, byte[] data, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keys.sealingKey(purpose), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed data cannot be opened with this server's integrity secret", e);
        }
    }
}
