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
        Mail outgoing = Mail.withText(mail.to(), mail.subject(), mail.text()).setHtml(mail.html())
                .addHeader("Message-ID", "<" + message.id() + "@mitwirken>")
                .addHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            outgoing.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
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
}
