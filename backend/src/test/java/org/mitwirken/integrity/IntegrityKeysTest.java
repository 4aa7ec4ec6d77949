package org.mitwirken.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.problem.ProblemException;

@DisplayName("Keyed hashes, sealing and device tokens of the integrity core")
class IntegrityKeysTest {
    private static final UUID SURVEY = UUID.randomUUID();

    static IntegrityKeys keys(String secret) {
        IntegrityKeys keys = new IntegrityKeys();
        keys.secret = secret;
        return keys;
    }

    @Test
    @DisplayName("a mark depends on scope, subject and the server's secret, and is no plain hash anyone can compute")
    void marks() {
        IntegrityKeys keys = keys("secret");
        String mark = keys.mark(SURVEY, "subject-1");
        assertEquals(mark, keys.mark(SURVEY, "subject-1"));
        assertNotEquals(mark, keys.mark(UUID.randomUUID(), "subject-1"));
        assertNotEquals(mark, keys.mark(SURVEY, "subject-2"));
        assertNotEquals(mark, keys("other").mark(SURVEY, "subject-1"));
        assertNotEquals(mark, Hashes.sha256Hex(SURVEY + "|subject-1"));
    }

    @Test
    @DisplayName("a code's stored hash cannot be tested against a guessed code without the secret")
    void codeHashes() {
        String plain = Hashes.sha256Hex("ABCDE23456");
        assertNotEquals(plain, keys("secret").codeHash(plain));
        assertNotEquals(keys("secret").codeHash(plain), keys("other").codeHash(plain));
    }

    @Test
    @DisplayName("sealed data opens with the same secret and purpose only, and shows nothing of its content")
    void sealing() {
        Sealing sealing = new Sealing();
        sealing.keys = keys("secret");
        byte[] sealed = sealing.seal("pool", "Mehr Bänke am Fluss".getBytes(StandardCharsets.UTF_8));
        assertEquals("Mehr Bänke am Fluss", new String(sealing.open("pool", sealed), StandardCharsets.UTF_8));
        assertEquals(-1, new String(sealed, StandardCharsets.ISO_8859_1).indexOf("Fluss"));
        assertThrows(IllegalStateException.class, () -> sealing.open("other purpose", sealed));
        Sealing otherServer = new Sealing();
        otherServer.keys = keys("other");
        assertThrows(IllegalStateException.class, () -> otherServer.open("pool", sealed));
    }

    @Test
    @DisplayName("only tokens the server issued are taken; a made-up or altered one is refused with 403")
    void deviceTokens() {
        DeviceTokens tokens = new DeviceTokens();
        tokens.keys = keys("secret");
        DeviceTokens.Issued device = tokens.issue();
        String issued = device.token();
        assertEquals(device.participant(), tokens.participant(issued));
        ProblemException madeUp = assertThrows(ProblemException.class, () -> tokens.participant("bench-1-2-3"));
        assertEquals(403, madeUp.type().status().getStatusCode());
        assertThrows(ProblemException.class, () -> tokens.participant(issued.substring(1)));
        DeviceTokens otherServer = new DeviceTokens();
        otherServer.keys = keys("other");
        assertThrows(ProblemException.class, () -> otherServer.participant(issued));
    }
}
