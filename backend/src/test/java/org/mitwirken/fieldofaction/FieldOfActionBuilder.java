package org.mitwirken.fieldofaction;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.PublicationState;
import org.mitwirken.support.TestData;

/** Builds fields of action for tests through the service, the way an admin would. */
public final class FieldOfActionBuilder {
    private final String slug = TestData.uniqueSlug("field");
    private String title = "Klima, Umwelt und Grün";
    private int position;
    private boolean published = true;
    private final List<GoalRequest> goals = new ArrayList<>();

    private FieldOfActionBuilder() {
    }

    public static FieldOfActionBuilder aFieldOfAction() {
        return new FieldOfActionBuilder();
    }

    public FieldOfActionBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public FieldOfActionBuilder at(int position) {
        this.position = position;
        return this;
    }

    public FieldOfActionBuilder withGoal(String goalSlug) {
        goals.add(new GoalRequest(goalSlug, "Ziel " + goalSlug, ""));
        return this;
    }

    public FieldOfActionBuilder draft() {
        this.published = false;
        return this;
    }

    public FieldOfActionResponse create() {
        FieldOfActionService service = CDI.current().select(FieldOfActionService.class).get();
        FieldOfActionResponse created = service.create(
                new FieldOfActionRequest(slug, title, "Worum es geht", "", position, null, goals, null));
        return published ? service.setPublicationState(created.slug(), PublicationState.PUBLISHED) : created;
    }
}
