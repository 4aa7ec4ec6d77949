package org.mitwirken.common;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The principal name is the token's subject ({@code quarkus.oidc.token.principal-claim=sub}). Without a subject,
 * Quarkus would fall back to the login name, which a stranger may register again after a deletion: such a token is
 * refused.
 */
@ApplicationScoped
public class SubjectRequired implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && (token.getSubject() == null || token.getSubject().isBlank())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token names no subject"));
        }
        return Uni.createFrom().item(identity);
    }
}
