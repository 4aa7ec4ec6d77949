package org.mitwirken.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;
import org.mitwirken.outbox.Outbox;

/**
 * E-mail through the outbox: a mail is written in the transaction of the change that causes it, so it is sent if and
 * only if that change commits, once, and retried while the mail server is away ({@link MailChannel}).
 */
@ApplicationScoped
public class MailOutbox {
    static final String CHANNEL = "mail";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** {@code recipient}: what the mail is sent for (e.g. a subscription), so its mails can be forgotten with it. */
    @Transactional(TxType.MANDATORY)
    public void send(UUID recipient, String label, MailMessage mail) {
        try {
            outbox.enqueue(CHANNEL, recipient, label, json.writeValueAsString(mail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mail of plain strings is always JSON", e);
        }
    }

    /** Drops the mails not yet sent for a recipient and those kept after sending: they hold its address. */
    @Transactional(TxType.MANDATORY)
    public void forget(UUID recipient) {
        outbox.forget(recipient);
    }
}
