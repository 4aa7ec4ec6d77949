package org.mitwirken.fieldofaction;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "An Entwicklungsziel", requiredProperties = { "id", "slug", "title", "description" })
public record GoalResponse(UUID id, String slug, String title, String description) {

    static GoalResponse of(Goal goal) {
        return new GoalResponse(goal.id, goal.slug, goal.title, goal.description);
    }
}
