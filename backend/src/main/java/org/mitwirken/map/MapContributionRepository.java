package org.mitwirken.map;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MapContributionRepository implements PanacheRepositoryBase<MapContribution, UUID> {
}
