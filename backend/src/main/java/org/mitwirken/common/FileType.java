package org.mitwirken.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types uploads may have, recognised by their first bytes; the file name and the client's claim count for
 * nothing. Each upload decides which of them it accepts.
 */
public enum FileType {
    PDF("application/pdf", bytes("%PDF-")),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    GIF("image/gif", bytes("GIF8")),
    WEBP("image/webp", bytes("RIFF"));

    public final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    /** The type of a file from its first bytes; twelve are enough for every type here. */
    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length || !Arrays.equals(content, 0, magic.length, magic, 0, magic.length)) {
            return false;
        }
        // RIFF is a container; only WebP images are accepted from it.
        return this != WEBP || (content.length >= 12 && new String(content, 8, 4).equals("WEBP"));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
