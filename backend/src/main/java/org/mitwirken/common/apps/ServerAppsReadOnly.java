package org.mitwirken.common.apps;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mitwirken.common.Roles;
import org.mitwirken.common.problem.ProblemCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * A server-side app logs in as itself (client credentials), not for a citizen: it reads and receives webhooks, and
 * never takes part. Otherwise one app could comment, vote and mark places as an endless supply of "accounts" that are
 * no person. Keycloak marks such tokens with the client's id ({@code client_id}) and a {@code service-account-} user
 * name. A service account the city gave a staff role (automation of its own) keeps what that role may do.
 */
public class ServerAppsReadOnly {
    /** Its slug names both the refined type and the detail. */
    private enum Code implements ProblemCode {
        /** The token belongs to the app {@code app} itself, not to a person. */
        SERVER_APP_READ_ONLY
    }

    static final ProblemException.Refinement READ_ONLY = new ProblemException.Refinement(Code.SERVER_APP_READ_ONLY);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public void refuseWrites(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity.isAnonymous() || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.MODERATOR)) {
            return;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && isServiceAccount(token)) {
            throw new ProblemException(ProblemType.FORBIDDEN, READ_ONLY, Code.SERVER_APP_READ_ONLY,
                    Map.of("app", String.valueOf((Object) token.getClaim("azp"))));
        }
    }

    private static boolean isServiceAccount(JsonWebToken token) {
        String name = token.getClaim("preferred_username") instanceof String n ? n : "";
        return token.containsClaim("client_id") || token.containsClaim("clientId")
                || name.startsWith("service-account-");
    }
}
