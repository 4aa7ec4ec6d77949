package org.mitwirken.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ModerationDecisionRepository implements PanacheRepositoryBase<ModerationDecision, UUID> {
}
