package org.mitwirken.document;

import java.util.Optional;
import java.util.UUID;

/** Where document bytes live. PostgreSQL by default, so a database backup is a backup of everything. */
public interface DocumentStorage {

    void store(UUID documentId, byte[] content);

    Optional<byte[]> load(UUID documentId);
}
