package org.mitwirken.mail;

/**
 * One e-mail as the outbox keeps it until it is sent: plain text and HTML of the same content, and the address that
 * ends the subscription it was sent for (null for mails outside a subscription), offered as RFC 8058 one-click.
 */
public record MailMessage(String to, String subject, String text, String html, String unsubscribeUrl) {
}
