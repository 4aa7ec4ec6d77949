package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.mail.MailOutbox;

/**
 * Account holders follow their own contributions without asking (and may opt out): they hear when moderators approve,
 * hide or reject one, when someone replies, and when the city answers it — at once or in their digest.
 */
@ApplicationScoped
class OwnContributionNotifier {

    @Inject
    NotificationPreferences preferences;

    @Inject
    SubscriptionMails mails;

    @Inject
    Digests digests;

    @Inject
    MailOutbox outbox;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    @Transactional(TxType.MANDATORY)
    void onContributionNews(@Observes ContributionNews event) {
        NotificationPreference preference = preferences.findOrCreate(event.author());
        if (!preference.ownContributions) {
            return;
        }
        SubscriptionMails.News news = news(event);
        if (preference.frequency == NotificationFrequency.IMMEDIATE) {
            outbox.send(preference.id, "own contribution " + event.kind(), mails.own(preference, news));
        } else {
            digests.hold(preference.accountSubject, null, news);
        }
    }

    SubscriptionMails.News news(ContributionNews event) {
        String about = event.about();
        String url = publicUrl + event.path();
        return switch (event.kind()) {
            case APPROVED -> new SubscriptionMails.News("Ihr Beitrag ist freigeschaltet: „" + about + "“",
                    "Ihr Beitrag ist jetzt öffentlich", "Die Moderation hat Ihren Beitrag zu „" + about
                            + "“ freigeschaltet. Alle können ihn jetzt lesen.", "Ihren Beitrag ansehen",
                    "Your contribution is published: “" + about + "”", "Your contribution is now public",
                    "The moderators have published your contribution on “" + about + "”. Everyone can read it now.",
                    "See your contribution", url);
            case HIDDEN -> new SubscriptionMails.News("Ihr Beitrag wurde ausgeblendet: „" + about + "“",
                    "Ihr Beitrag wurde ausgeblendet", "Die Moderation hat Ihren Beitrag zu „" + about
                            + "“ ausgeblendet. Begründung: " + event.reason(), "Ihren Beitrag ansehen",
                    "Your contribution was hidden: “" + about + "”", "Your contribution was hidden",
                    "The moderators have hidden your contribution on “" + about + "”. Reason: " + event.reason(),
                    "See your contribution", url);
            case REJECTED -> new SubscriptionMails.News("Ihr Beitrag wurde nicht veröffentlicht: „" + about + "“",
                    "Ihr Beitrag wurde nicht veröffentlicht", "Die Moderation hat Ihren Beitrag zu „" + about
                            + "“ nicht veröffentlicht. Begründung: " + event.reason(), "Ihren Beitrag ansehen",
                    "Your contribution was not published: “" + about + "”", "Your contribution was not published",
                    "The moderators have not published your contribution on “" + about + "”. Reason: "
                            + event.reason(), "See your contribution", url);
            case REPLIED -> new SubscriptionMails.News("Neue Antwort auf Ihren Beitrag: „" + about + "“",
                    "Jemand hat Ihnen geantwortet", "Auf Ihren Beitrag zu „" + about + "“ gibt es eine neue Antwort.",
                    "Die Antwort lesen", "New reply to your contribution: “" + about + "”",
                    "Someone has replied to you", "There is a new reply to your contribution on “" + about + "”.",
                    "Read the reply", url);
            case ANSWERED -> new SubscriptionMails.News("Die Stadt hat auf Ihren Beitrag geantwortet",
                    "Was aus Ihrem Beitrag geworden ist", "Die Stadt hat Ihren Beitrag im Handlungsfeld „" + about
                            + "“ beantwortet.", "Die Antwort der Stadt lesen",
                    "The city has responded to your contribution", "What became of your contribution",
                    "The city has responded to your contribution in the field of action “" + about + "”.",
                    "Read the city's response", url);
        };
    }
}
