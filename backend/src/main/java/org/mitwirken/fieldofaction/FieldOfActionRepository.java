package org.mitwirken.fieldofaction;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class FieldOfActionRepository implements SlugRepository<FieldOfAction> {
}
