package org.mitwirken.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mitwirken.common.persistence.VersionedEntity;

/** A downloadable file of a format; its bytes live in {@link DocumentStorage}. */
@Entity
@Table(name = "document")
public class Document extends VersionedEntity {
    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;
}
