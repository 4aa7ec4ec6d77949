package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.mitwirken.mail.MailAddressBook;
import org.mitwirken.mail.MailMessage;
import org.mitwirken.mail.MailText;
import org.mitwirken.subscription.SubscriptionLinks.Purpose;

/**
 * The mails of subscriptions, in German or English as the subscriber chose; subjects say what happened. Every mail
 * that is not a confirmation ends with why it came and a link that stops it (also as List-Unsubscribe, RFC 8058).
 */
@ApplicationScoped
class SubscriptionMails {

    @Inject
    SubscriptionLinks links;

    MailMessage confirmation(Subscription subscription, SubscriptionScopes.Place place) {
        boolean german = !"en".equals(subscription.language);
        String subject = german ? "Bitte bestätigen: Neuigkeiten zu „" + place.title() + "“ per E-Mail"
                : "Please confirm: news about “" + place.title() + "” by e-mail";
        MailText mail = german
                ? MailText.headed("de", "Bitte bestätigen Sie Ihre E-Mail-Adresse")
                        .paragraph("Jemand – hoffentlich Sie – möchte per E-Mail erfahren, was es Neues zu „"
                                + place.title() + "“ gibt.")
                        .link("Ja, ich möchte Neuigkeiten erhalten", links.confirmPage(subscription.id))
                        .paragraph("Waren Sie das nicht, müssen Sie nichts tun: Ohne Bestätigung senden wir nichts "
                                + "und löschen die Adresse nach 7 Tagen.")
                : MailText.headed("en", "Please confirm your e-mail address")
                        .paragraph("Someone – hopefully you – would like to hear by e-mail what is new about “"
                                + place.title() + "”.")
                        .link("Yes, I would like to receive news", links.confirmPage(subscription.id))
                        .paragraph("If this was not you, there is nothing to do: without confirmation we send "
                                + "nothing and delete the address after 7 days.");
        return mail.to(subscription.email, subject, null);
    }

    /** What a followed scope has new, in both languages; the subscriber's is used. */
    record News(String subjectDe, String headingDe, String textDe, String linkDe, String subjectEn, String headingEn,
            String textEn, String linkEn, String url) {

        MailText appendTo(MailText mail, boolean german) {
            return german ? paragraphs(mail, textDe).link(linkDe, url) : paragraphs(mail, textEn).link(linkEn, url);
        }

        /**
         * Text written with blank lines between paragraphs (staff's newsletters) as paragraphs; a paragraph that is
         * only a web address becomes a link, so it can be followed in the HTML too.
         */
        private static MailText paragraphs(MailText mail, String text) {
            for (String paragraph : text.strip().split("\\R\\s*\\R")) {
                String trimmed = paragraph.strip();
                if (trimmed.matches("https?://\\S+")) {
                    mail.address(trimmed);
                } else {
                    mail.paragraph(trimmed);
                }
            }
            return mail;
        }
    }

    /**
     * A piece of news to one follower, with the page it is about and a footer that says why it came and ends the
     * subscription in one click.
     */
    MailMessage news(Subscription subscription, String followedTitle, News news) {
        boolean german = !"en".equals(subscription.language);
        MailText mail = news.appendTo(MailText.headed(german ? "de" : "en", german ? news.headingDe()
                : news.headingEn()), german);
        mail.paragraph(german ? "Sie erhalten diese E-Mail, weil Sie „" + followedTitle + "“ folgen."
                : "You receive this e-mail because you follow “" + followedTitle + "”.");
        if (subscription.accountSubject != null) {
            mail.link(german ? "Benachrichtigungen einstellen" : "Notification settings", links.settingsPage());
        }
        mail.link(german ? "E-Mails abbestellen" : "Unsubscribe",
                links.unsubscribePage(subscription.id, Purpose.UNSUBSCRIBE));
        return mail.to(subscription.recipient(), german ? news.subjectDe() : news.subjectEn(),
                links.oneClickUnsubscribe(subscription.id, Purpose.UNSUBSCRIBE));
    }

    /** News about the account's own contribution, to the account; it can stop these mails in one click. */
    MailMessage own(NotificationPreference preference, News news) {
        boolean german = !"en".equals(preference.language);
        MailText mail = news.appendTo(MailText.headed(german ? "de" : "en", german ? news.headingDe()
                : news.headingEn()), german);
        mail.paragraph(german ? "Sie erhalten diese E-Mail, weil Sie mit Ihrem Konto mitgewirkt haben."
                        : "You receive this e-mail because you took part with your account.")
                .link(german ? "Benachrichtigungen einstellen" : "Notification settings", links.settingsPage())
                .link(german ? "Keine E-Mails mehr zu meinen Beiträgen" : "No more e-mails about my contributions",
                        links.unsubscribePage(preference.id, Purpose.STOP_OWN_CONTRIBUTIONS));
        return mail.to(MailAddressBook.recipient(preference.accountSubject), german ? news.subjectDe()
                : news.subjectEn(), links.oneClickUnsubscribe(preference.id, Purpose.STOP_OWN_CONTRIBUTIONS));
    }

    /** The news an account collected since its last digest, each under its own heading, oldest first. */
    MailMessage digest(NotificationPreference preference, List<News> items) {
        boolean german = !"en".equals(preference.language);
        boolean weekly = preference.frequency == NotificationFrequency.WEEKLY;
        String heading = german ? (weekly ? "Ihre Neuigkeiten dieser Woche" : "Ihre Neuigkeiten von heute")
                : (weekly ? "Your news of this week" : "Your news of today");
        String subject = german
                ? (weekly ? "Wochenübersicht: " : "Tagesübersicht: ") + items.size()
                        + (items.size() == 1 ? " Neuigkeit" : " Neuigkeiten") + " bei Mitwirken"
                : (weekly ? "Weekly digest: " : "Daily digest: ") + items.size()
                        + (items.size() == 1 ? " piece of news" : " pieces of news") + " on Mitwirken";
        MailText mail = MailText.headed(german ? "de" : "en", heading);
        for (News item : items) {
            item.appendTo(mail.subheading(german ? item.headingDe() : item.headingEn()), german);
        }
        mail.paragraph(german ? "Sie erhalten diese Übersicht, weil Sie mit Ihrem Konto folgen oder mitgewirkt haben."
                        : "You receive this digest because you follow or took part with your account.")
                .link(german ? "Benachrichtigungen einstellen" : "Notification settings", links.settingsPage())
                .link(german ? "Alle E-Mails abbestellen" : "Unsubscribe from all e-mails",
                        links.unsubscribePage(preference.id, Purpose.STOP_DIGEST));
        return mail.to(MailAddressBook.recipient(preference.accountSubject), subject,
                links.oneClickUnsubscribe(preference.id, Purpose.STOP_DIGEST));
    }
}
