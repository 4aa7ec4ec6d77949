package org.mitwirken.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * Who is asking, reduced to what visibility rules need. An account is known by the token's immutable subject
 * ({@code sub}, the principal name; see {@link SubjectRequired}), never by its login name: a name can be deleted and
 * registered again by someone else.
 */
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean canSeeDrafts() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean canModerate() {
        return identity.hasRole(Roles.MODERATOR) || identity.hasRole(Roles.ADMIN);
    }

    /** The logged-in account's subject, or null for visitors without login. */
    public String account() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The logged-in account's subject; without login a 401 problem. */
    public String requireAccount() {
        if (identity.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED);
        }
        return identity.getPrincipal().getName();
    }

    /** The login name to show beside what the account wrote or did; it identifies nothing. */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = claim("preferred_username") instanceof String preferred ? preferred : null;
        return name == null || name.isBlank() ? identity.getPrincipal().getName() : name;
    }

    /** The account behind the request, for records of what it did; null without login. */
    public Actor actor() {
        return identity.isAnonymous() ? null : new Actor(account(), name());
    }

    /** Whether Keycloak has verified the account's e-mail address (claim {@code email_verified}). */
    public boolean emailVerified() {
        return Boolean.TRUE.equals(claim("email_verified"));
    }

    /** The account's e-mail address as the token has it (claim {@code email}), or null: not every token has one. */
    public String email() {
        return claim("email") instanceof String email && !email.isBlank() ? email : null;
    }

    private Object claim(String name) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
    }
}
