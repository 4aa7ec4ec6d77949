package org.mitwirken.integrity;

/**
 * Who asks to take part, as the access token says: the account's immutable subject (null without login) and whether
 * Keycloak has verified its e-mail address. A client's anonymous writes count against the rate limit; contributions
 * the server loads itself (demo data) come from no client.
 */
public record Participant(String subject, boolean emailVerified, boolean fromClient) {

    public static final Participant ANONYMOUS = new Participant(null, false, true);

    /** Demo data the server loads itself: anonymous, from no client, so no rate limit applies. */
    public static final Participant SERVER = new Participant(null, false, false);

    public static Participant account(String subject, boolean emailVerified) {
        return new Participant(subject, emailVerified, true);
    }

    public boolean loggedIn() {
        return subject != null;
    }
}
