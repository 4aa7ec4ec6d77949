package org.mitwirken.mail;

import java.util.List;

/**
 * A mail's content written once and given as plain text and as accessible HTML: a heading, paragraphs and links with
 * their own words, no images, no styles from elsewhere, nothing that tracks. Every value is escaped for HTML here.
 */
public final class MailText {
    private final String language;
    private final String heading;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private MailText(String language, String heading) {
        this.language = language;
        this.heading = heading;
        text.append(heading).append("\n\n");
    }

    public static MailText headed(String language, String heading) {
        return new MailText(language, heading);
    }

    public MailText paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        html.append("<p>").append(escape(paragraph)).append("</p>\n");
        return this;
    }

    /** A heading of the second level, for one of several items (a digest's pieces of news). */
    public MailText subheading(String subheading) {
        text.append(subheading).append('\n').append("-".repeat(subheading.length())).append("\n\n");
        html.append("<h2>").append(escape(subheading)).append("</h2>\n");
        return this;
    }

    /** A link on a line of its own in the text, and as a link with words in the HTML. */
    public MailText link(String words, String url) {
        text.append(words).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(words)).append("</a></p>\n");
        return this;
    }

    /** A web address standing alone, as written in the text and as a link to itself in the HTML. */
    public MailText address(String url) {
        text.append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a></p>\n");
        return this;
    }

    public String text() {
        return text.toString().stripTrailing() + "\n";
    }

    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head><meta charset=\"utf-8\"><title>"
                + escape(heading) + "</title></head>\n<body>\n<h1>" + escape(heading) + "</h1>\n" + html
                + "</body>\n</html>\n";
    }

    /** The message for one address, with the one-click unsubscribe link where the mail belongs to a subscription. */
    public MailMessage to(String address, String subject, String unsubscribeUrl) {
        return new MailMessage(address, subject, text(), html(), unsubscribeUrl, List.of());
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            escaped.append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> String.valueOf(c);
            });
        }
        return escaped.toString();
    }
}
