package org.mitwirken.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets handed to clients (deletion and ballot tokens): 256 random bits, URL-safe. */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
