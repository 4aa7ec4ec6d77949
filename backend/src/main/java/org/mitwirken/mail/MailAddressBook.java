package org.mitwirken.mail;

import java.util.Optional;

/**
 * Where mails to an account go. Mails to account holders name the account ({@code account:<subject>}), never its
 * address: the address stays with the identity provider, is looked up when the mail leaves, and follows changes there.
 */
public interface MailAddressBook {
    String ACCOUNT_PREFIX = "account:";

    /** How a mail names an account as its recipient. */
    static String recipient(String subject) {
        return ACCOUNT_PREFIX + subject;
    }

    /**
     * The verified address of the account with this subject now; empty when it has none or is gone. Throws
     * {@link Unreachable} when the directory cannot answer, so the mail is tried again later.
     */
    Optional<String> verifiedAddress(String subject);

    class Unreachable extends RuntimeException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
