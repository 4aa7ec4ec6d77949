package org.mitwirken.format.teaser;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.FileType;
import org.mitwirken.common.problem.ProblemCode;
import org.mitwirken.common.problem.ValidationProblem;

/**
 * Turns an uploaded JPEG or PNG into an image the server wrote itself, at most {@value #MAX_SIDE} px wide and high:
 * JPEG stays JPEG, PNG stays PNG, and no metadata of the upload (EXIF with GPS positions, comments, colour profiles)
 * survives, since only pixels are carried over. Memory stays small enough for a 64 MB heap: the dimensions are read
 * from the header and too many pixels refused before anything is decoded, the decoder reads straight from the
 * uploaded file and skips rows and columns (source subsampling) so that at most {@value #DECODE_BUDGET} pixels are
 * held, and the result is drawn once, scaled and turned upright in the same step.
 */
@ApplicationScoped
class ImageRecoder {
    static final int MAX_SIDE = 1600;
    /** Decoded pixels at most: 12 MB at four bytes a pixel, beside at most 10 MB for the result. */
    private static final long DECODE_BUDGET = 3_000_000;
    /** Enough of a JPEG's start for its APP1 segment, which holds at most 64 KB and comes before the image data. */
    private static final int EXIF_WINDOW = 70_000;
    private static final float JPEG_QUALITY = 0.85f;
    static final String FIELD = "file";

    @ConfigProperty(name = "mitwirken.teaser-images.max-megabytes")
    int maxMegabytes;

    @ConfigProperty(name = "mitwirken.teaser-images.max-megapixels")
    int maxMegapixels;

    /** An image as stored and served. */
    record Recoded(FileType type, int width, int height, byte[] content) {
    }

    Recoded recode(Path upload) {
        try {
            if (Files.size(upload) > maxMegabytes * 1_000_000L) {
                throw refused(TeaserImageCode.IMAGE_FILE_TOO_LARGE, Map.of("maxMegabytes", maxMegabytes));
            }
            byte[] start = start(upload);
            FileType type = FileType.of(start).orElse(null);
            if (type == FileType.WEBP) {
                throw refused(TeaserImageCode.WEBP_NOT_ACCEPTED, Map.of());
            }
            if (type != FileType.JPEG && type != FileType.PNG) {
                throw refused(TeaserImageCode.IMAGE_TYPE_NOT_ACCEPTED, Map.of());
            }
            ExifOrientation orientation = type == FileType.JPEG ? ExifOrientation.of(start) : ExifOrientation.UPRIGHT;
            BufferedImage upright = fitted(decode(upload, type), orientation, type == FileType.PNG);
            return new Recoded(type, upright.getWidth(), upright.getHeight(), encode(upright, type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] start(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(EXIF_WINDOW);
        }
    }

    /** Decodes the image, refusing one with too many pixels before decoding a single one of them. */
    private BufferedImage decode(Path upload, FileType type) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png").next();
        try (ImageInputStream input = new FileImageInputStream(upload.toFile())) {
            // Ignoring metadata: the reader does not even parse EXIF, comments or text chunks.
            reader.setInput(input, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException unreadable) {
                throw refused(TeaserImageCode.IMAGE_UNREADABLE, Map.of());
            }
            if ((long) width * height > maxMegapixels * 1_000_000L) {
                throw refused(TeaserImageCode.IMAGE_TOO_MANY_PIXELS, Map.of("width", width, "height", height,
                        "maxMegapixels", maxMegapixels));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            param.setSourceSubsampling(step, step, 0, 0);
            try {
                return reader.read(0, param);
            } catch (IOException | RuntimeException unreadable) {
                // Broken data, or what the JDK cannot decode (a CMYK JPEG, say): the admin can save it anew.
                throw refused(TeaserImageCode.IMAGE_UNREADABLE, Map.of());
            }
        } finally {
            reader.dispose();
        }
    }

    /**
     * Every how many rows and columns to decode: as many as the final size allows without going below it (scaling
     * down the rest looks better than skipping), more where the decoded pixels would exceed the budget.
     */
    private static int subsampling(int width, int height) {
        double reduction = Math.max((double) width / MAX_SIDE, (double) height / MAX_SIDE);
        int step = Math.max(1, (int) reduction);
        while ((long) ((width + step - 1) / step) * ((height + step - 1) / step) > DECODE_BUDGET) {
            step++;
        }
        return step;
    }

    /**
     * Scales the decoded image into the largest size allowed and turns it as its EXIF orientation says; a PNG keeps
     * its transparency, JPEG has none.
     */
    private static BufferedImage fitted(BufferedImage decoded, ExifOrientation orientation, boolean mayBeTransparent) {
        double scale = Math.min(1, (double) MAX_SIDE / Math.max(decoded.getWidth(), decoded.getHeight()));
        int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        boolean turned = orientation.swapsSides();
        BufferedImage result = new BufferedImage(turned ? height : width, turned ? width : height,
                mayBeTransparent && decoded.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.transform(orientation.transform(width, height));
            graphics.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    /** Writes the pixels alone: a JPEG gets the JFIF header and nothing else, a PNG its image chunks. */
    private static byte[] encode(BufferedImage image, FileType type) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(type == FileType.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == FileType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ValidationProblem refused(ProblemCode code, Map<String, ?> arguments) {
        return ValidationProblem.of(FIELD, code, arguments);
    }
}
