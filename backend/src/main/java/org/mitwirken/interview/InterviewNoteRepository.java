package org.mitwirken.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class InterviewNoteRepository implements SlugRepository<InterviewNote> {
}
