package org.mitwirken.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class InterviewNoteRevisionRepository implements PanacheRepositoryBase<InterviewNoteRevision, UUID> {
}
