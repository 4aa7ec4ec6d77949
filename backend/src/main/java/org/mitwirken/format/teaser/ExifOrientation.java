package org.mitwirken.format.teaser;

import java.awt.geom.AffineTransform;

/**
 * The EXIF orientation of a JPEG (TIFF tag 0x0112 in IFD0 of the APP1 "Exif" segment). Re-encoding drops the EXIF
 * data, so the server turns the pixels upright itself: otherwise a portrait photo from a phone would lie on its side.
 * Anything unreadable counts as upright (1); nothing else of the EXIF data is read.
 */
enum ExifOrientation {
    UPRIGHT, MIRRORED, UPSIDE_DOWN, MIRRORED_UPSIDE_DOWN, TRANSPOSED, TURNED_RIGHT, TRANSVERSED, TURNED_LEFT;

    private static final int ORIENTATION_TAG = 0x0112;

    /** Orientations 5 to 8 turn the image by a quarter, so its width and height change places. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSED.ordinal();
    }

    /** Maps an image drawn at (0, 0) with this width and height onto its upright canvas. */
    AffineTransform transform(int width, int height) {
        return switch (this) {
            case UPRIGHT -> new AffineTransform();
            case MIRRORED -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case UPSIDE_DOWN -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRRORED_UPSIDE_DOWN -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSED -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case TURNED_RIGHT -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSED -> new AffineTransform(0, -1, -1, 0, height, width);
            case TURNED_LEFT -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }

    /** The orientation a JPEG's first bytes declare (its APP1 segment comes before the image data). */
    static ExifOrientation of(byte[] jpegStart) {
        int at = 2;
        while (at + 4 <= jpegStart.length && (jpegStart[at] & 0xFF) == 0xFF) {
            int marker = jpegStart[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT; // image data or its end: no EXIF segment before it
            }
            int length = unsigned16(jpegStart, at + 2, false);
            if (marker == 0xE1 && length >= 8 && isExifHeader(jpegStart, at + 4)) {
                return inTiff(jpegStart, at + 10, Math.min(at + 2 + length, jpegStart.length));
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static boolean isExifHeader(byte[] bytes, int at) {
        byte[] exif = { 'E', 'x', 'i', 'f', 0, 0 };
        if (at + exif.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < exif.length; i++) {
            if (bytes[at + i] != exif[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads tag 0x0112 from the first directory of the TIFF structure between start and end. */
    private static ExifOrientation inTiff(byte[] bytes, int start, int end) {
        if (start + 8 > end) {
            return UPRIGHT;
        }
        boolean little = bytes[start] == 'I' && bytes[start + 1] == 'I';
        if (!little && !(bytes[start] == 'M' && bytes[start + 1] == 'M')) {
            return UPRIGHT;
        }
        long directory = start + unsigned32(bytes, start + 4, little);
        if (directory + 2 > end) {
            return UPRIGHT;
        }
        int entries = unsigned16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (unsigned16(bytes, entry, little) == ORIENTATION_TAG) {
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int unsigned16(byte[] bytes, int at, boolean little) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long unsigned32(byte[] bytes, int at, boolean little) {
        long high = unsigned16(bytes, little ? at + 2 : at, little);
        long low = unsigned16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
