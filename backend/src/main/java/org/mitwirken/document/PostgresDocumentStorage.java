package org.mitwirken.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/** Keeps document bytes in the table document_content, deleted with their document. */
@ApplicationScoped
public class PostgresDocumentStorage implements DocumentStorage {

    @Inject
    EntityManager entityManager;

    @Override
    public void store(UUID documentId, byte[] content) {
        entityManager.createNativeQuery("insert into document_content (document_id, data) values (?1, ?2) "
                + "on conflict (document_id) do update set data = excluded.data")
                .setParameter(1, documentId).setParameter(2, content).executeUpdate();
    }

    @Override
    public Optional<byte[]> load(UUID documentId) {
        return entityManager.createNativeQuery("select data from document_content where document_id = ?1", byte[].class)
                .setParameter(1, documentId).getResultStream().map(byte[].class::cast).findFirst();
    }
}
