package org.mitwirken.common;

/** Keycloak realm roles the API knows. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String MODERATOR = "moderator";

    private Roles() {
    }
}
