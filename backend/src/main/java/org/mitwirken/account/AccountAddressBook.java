package org.mitwirken.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mitwirken.mail.MailAddressBook;

/** Mails to account holders go to the address Keycloak has verified for them at the time the mail leaves. */
@ApplicationScoped
class AccountAddressBook implements MailAddressBook {

    @Inject
    AccountDirectory directory;

    @Override
    public Optional<String> verifiedAddress(String subject) {
        try {
            return directory.verifiedEmail(subject);
        } catch (AccountDirectory.Unavailable e) {
            throw new Unreachable(e.getMessage(), e);
        }
    }
}
