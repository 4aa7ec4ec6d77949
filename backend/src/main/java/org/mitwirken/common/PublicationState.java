package org.mitwirken.common;

/** Whether the public may see an item. Drafts are visible to admins only. */
public enum PublicationState {
    DRAFT,
    PUBLISHED
}
