package org.mitwirken.process;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class ProcessRepository implements SlugRepository<Process> {
}
