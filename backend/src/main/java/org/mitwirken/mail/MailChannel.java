package org.mitwirken.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.mitwirken.outbox.OutboxChannel;

/**
 * Sends the outbox's mails over SMTP (the relay from configuration; in development and tests the local mail catcher).
 * A failed attempt is retried with the outbox's backoff. Each mail's Message-ID is its outbox id, so the rare second
 * delivery after an instance died mid-send is recognisably the same mail.
 */
@ApplicationScoped
class MailChannel implements OutboxChannel {
    private static final Logger LOG = Logger.getLogger(MailChannel.class);

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper json;

    @Inject
    MailAddressBook addressBook;

    @Override
    public String name() {
        return MailOutbox.CHANNEL;
    }

    @Override
    public Result deliver(Message message) {
        MailMessage mail;
        try {
            mail = json.readValue(message.payload(), MailMessage.class);
        } catch (JsonProcessingException e) {
            return Result.refused("not a mail");
        }
        String address;
        try {
            address = address(mail.to());
        } catch (MailAddressBook.Unreachable e) {
            return Result.failed(null, "account directory unreachable");
        }
        if (address == null) {
            return Result.refused("the account has no verified address");
        }
        Mail outgoing = Mail.withText(address, mail.subject(), mail.text()).setHtml(mail.html())
                .addHeader("Message-ID", "<" + message.id() + "@mitwirken>")
                .addHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            outgoing.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.attachments() != null) {
            for (MailMessage.MailAttachment file : mail.attachments()) {
                outgoing.addAttachment(file.fileName(), file.content(), file.contentType());
            }
        }
        try {
            mailer.send(outgoing);
            return Result.delivered(250);
        } catch (RuntimeException e) {
            // The address stays out of the log; the failure says what the server answered.
            LOG.debugf("Mail %s not sent: %s", message.id(), e.getMessage());
            return Result.failed(null, String.valueOf(e.getMessage()));
        }
    }

    /** The address itself, or an account's verified address looked up now; null when the account has none. */
    private String address(String recipient) {
        if (!recipient.startsWith(MailAddressBook.ACCOUNT_PREFIX)) {
            return recipient;
        }
        return addressBook.verifiedAddress(recipient.substring(MailAddressBook.ACCOUNT_PREFIX.length())).orElse(null);
    }
}
