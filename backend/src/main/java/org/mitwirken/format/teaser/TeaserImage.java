package org.mitwirken.format.teaser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UpdateTimestamp;

/** The teaser image of a format, one at most, known by its format; the bytes live apart (see the repository). */
@Entity
@Table(name = "format_teaser_image")
public class TeaserImage {
    @Id
    @Column(name = "format_id")
    public UUID formatId;

    @Column(name = "alt_text", nullable = false)
    public String altText;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
