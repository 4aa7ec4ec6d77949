package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.persistence.SlugRepository;

@ApplicationScoped
public class SurveyRepository implements SlugRepository<Survey> {
}
