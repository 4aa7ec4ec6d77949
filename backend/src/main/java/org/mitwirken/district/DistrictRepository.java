package org.mitwirken.district;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class DistrictRepository implements SlugRepository<District> {
}
