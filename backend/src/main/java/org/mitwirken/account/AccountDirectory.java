package org.mitwirken.account;

import java.util.Optional;
import java.util.Set;

/** The realm's accounts as the identity provider knows them now. Every call may fail with {@link Unavailable}. */
public interface AccountDirectory {

    /** The subject of every account the realm holds; only a complete listing, or {@link Unavailable}. */
    Set<String> allSubjects();

    /** Whether the realm still holds an account with this subject. */
    boolean exists(String subject);

    /** The account's e-mail address if the identity provider has verified it; empty when it has none or is gone. */
    Optional<String> verifiedEmail(String subject);

    /** The subject of the account that has this login name now, if any. */
    Optional<String> subjectOf(String loginName);

    /** The directory could not answer (unreachable, refused, incomplete); nothing may be concluded from it. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
