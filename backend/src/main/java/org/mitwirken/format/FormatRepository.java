package org.mitwirken.format;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class FormatRepository implements SlugRepository<ParticipationFormat> {
}
