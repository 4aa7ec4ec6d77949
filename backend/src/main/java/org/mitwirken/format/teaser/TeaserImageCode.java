package org.mitwirken.format.teaser;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with an uploaded teaser image; each is a violation of the form field {@code file}. */
enum TeaserImageCode implements ProblemCode {
    /** The content is neither JPEG nor PNG, whatever the file's name says. */
    IMAGE_TYPE_NOT_ACCEPTED,
    /** A WebP image: the JDK has no decoder for it, so the server could not re-encode it without its metadata. */
    WEBP_NOT_ACCEPTED,
    /** Larger than {@code maxMegabytes} MB. */
    IMAGE_FILE_TOO_LARGE,
    /** {@code width} × {@code height} pixels, more than {@code maxMegapixels} million (a decompression bomb, maybe). */
    IMAGE_TOO_MANY_PIXELS,
    /** Says it is a JPEG or PNG but cannot be decoded: damaged, cut off, or a colour model the JDK cannot read. */
    IMAGE_UNREADABLE
}
