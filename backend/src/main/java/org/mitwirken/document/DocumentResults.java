package org.mitwirken.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.ResultSource;

/** A format has written results once a summary, documentation or minutes are among its downloads. */
@ApplicationScoped
class DocumentResults implements ResultSource {
    static final Set<DocumentKind> RESULTS = EnumSet.of(DocumentKind.SUMMARY, DocumentKind.DOCUMENTATION,
            DocumentKind.MINUTES);

    @Inject
    DocumentRepository documents;

    @Override
    public Set<UUID> withResults(Collection<UUID> formatIds, Instant now) {
        return new HashSet<>(documents.find("select distinct d.formatId from Document d where d.formatId in ?1 "
                + "and d.kind in ?2", formatIds, RESULTS).project(UUID.class).list());
    }
}
