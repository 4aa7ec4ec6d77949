package org.mitwirken.fieldofaction;

import java.util.UUID;

/** What other features may know of a field of action. */
public record FieldOfActionRef(UUID id, String slug, String title) {

    static FieldOfActionRef of(FieldOfAction field) {
        return new FieldOfActionRef(field.id, field.slug, field.title);
    }
}
