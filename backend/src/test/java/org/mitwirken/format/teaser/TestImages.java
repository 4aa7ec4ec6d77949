package org.mitwirken.format.teaser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images as cameras, editors and attackers write them, made in the test so every byte of them is known. */
final class TestImages {

    private TestImages() {
    }

    /** A landscape photo: left half red, right half blue, so a turn or a mirror shows in the pixels. */
    static byte[] jpeg(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG, transparent in its right half if asked. */
    static byte[] png(int width, int height, boolean transparent) {
        BufferedImage image = halves(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (transparent) {
            for (int x = width / 2; x < width; x++) {
                for (int y = 0; y < height; y++) {
                    image.setRGB(x, y, 0x00000000);
                }
            }
        }
        return write(image, "png");
    }

    static byte[] gif(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /**
     * A JPEG as a phone writes it: an EXIF segment (APP1) after the JFIF header with the orientation and a GPS
     * directory whose processing method holds {@code gpsText}.
     */
    static byte[] withExif(byte[] jpeg, int orientation, String gpsText) {
        byte[] gps = ("ASCII\0\0\0" + gpsText).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(56 + gps.length); // big-endian, "MM"
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8: orientation, pointer to the GPS directory
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1); // GPS directory at 38: GPSProcessingMethod, its value at 56
        tiff.putShort((short) 0x001B).putShort((short) 7).putInt(gps.length).putInt(56);
        tiff.putInt(0);
        tiff.put(gps);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        int length = 2 + exif.length + tiff.capacity();
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a PNG whose header claims {@code width} × {@code height} pixels, with a few bytes of
     * image data. Decoding it would take gigabytes; only its header may be read.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] data = new byte[1024];
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, deflater.deflate(data)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes hold this sequence anywhere. */
    static boolean contains(byte[] bytes, byte[] sequence) {
        outer:
        for (int i = 0; i + sequence.length <= bytes.length; i++) {
            for (int j = 0; j < sequence.length; j++) {
                if (bytes[i + j] != sequence[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
