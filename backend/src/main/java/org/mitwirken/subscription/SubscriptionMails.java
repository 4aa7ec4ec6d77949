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
}
