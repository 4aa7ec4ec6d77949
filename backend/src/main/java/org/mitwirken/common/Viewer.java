package org.mitwirken.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is asking, reduced to what visibility rules need. */
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean canSeeDrafts() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The account name for change records; only staff write where it is recorded. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
