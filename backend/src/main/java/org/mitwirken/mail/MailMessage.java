package org.mitwirken.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * One e-mail as the outbox keeps it until it is sent: plain text and HTML of the same content, the address that
 * ends the subscription it was sent for (null for mails outside a subscription), offered as RFC 8058 one-click, and
 * files sent along (none for most mails; null in mails kept from before attachments existed).
 */
public record MailMessage(String to, String subject, String text, String html, String unsubscribeUrl,
        List<MailAttachment> attachments) {

    /** A file sent with a mail, e.g. an event as iCalendar. */
    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }

    /** The same mail with one more file. */
    public MailMessage attach(MailAttachment attachment) {
        List<MailAttachment> all = new ArrayList<>(attachments == null ? List.of() : attachments);
        all.add(attachment);
        return new MailMessage(to, subject, text, html, unsubscribeUrl, List.copyOf(all));
    }
}
