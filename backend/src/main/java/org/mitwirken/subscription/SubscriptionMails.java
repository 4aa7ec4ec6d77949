package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mitwirken.mail.MailMessage;
import org.mitwirken.mail.MailText;

/** The mails of subscriptions, in German or English as the subscriber chose; subjects say what happened. */
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
    }

    /**
     * A piece of news to one follower, with the page it is about and a footer that says why it came and ends it in
     * one click (also as List-Unsubscribe, RFC 8058).
     */
    MailMessage news(Subscription subscription, String followedTitle, News news) {
        boolean german = !"en".equals(subscription.language);
        MailText mail = german
                ? MailText.headed("de", news.headingDe()).paragraph(news.textDe()).link(news.linkDe(), news.url())
                        .paragraph("Sie erhalten diese E-Mail, weil Sie „" + followedTitle + "“ folgen.")
                        .link("E-Mails abbestellen", links.unsubscribePage(subscription.id))
                : MailText.headed("en", news.headingEn()).paragraph(news.textEn()).link(news.linkEn(), news.url())
                        .paragraph("You receive this e-mail because you follow “" + followedTitle + "”.")
                        .link("Unsubscribe", links.unsubscribePage(subscription.id));
        return mail.to(subscription.email, german ? news.subjectDe() : news.subjectEn(),
                links.oneClickUnsubscribe(subscription.id));
    }
}
