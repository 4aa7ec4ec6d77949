package org.mitwirken.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/** Who is asking, reduced to what visibility rules need. */
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

    /** The logged-in account's name, or null for visitors without login. */
    public String account() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The logged-in account's name; without login a 401 problem saying what the login is for. */
    public String requireAccount(String loginNeededFor) {
        if (identity.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Log in to " + loginNeededFor + ".");
        }
        return identity.getPrincipal().getName();
    }

    /** The account name for change records; only staff write where it is recorded. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
