package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.format.Reference;

/**
 * Tells followers what became public, in the transaction of the change: a new format to those who follow its process,
 * one of its districts or fields of action; the city's answer to those who follow the field of action. Whoever
 * follows several of the scopes concerned gets one mail ({@link FollowerNews}).
 */
@ApplicationScoped
class SubscriptionNotifier {
    private static final String OUTCOME_PATH = "/api/v1/outcomes/fields-of-action/";
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    FollowerNews news;

    @Inject
    FormatService formats;

    @Inject
    FieldOfActionService fieldsOfAction;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    @Transactional(TxType.MANDATORY)
    void onPublicChange(@Observes PublicChange change) {
        switch (change.type()) {
            case FORMAT_PUBLISHED -> formatPublished(UUID.fromString(change.id()));
            case OFFICIAL_RESPONSE_PUBLISHED -> responsePublished(change.path().substring(OUTCOME_PATH.length()),
                    change.id());
            default -> {
            }
        }
    }

    private void formatPublished(UUID formatId) {
        FormatResponse format = formats.publicResponses(List.of(formatId)).get(formatId);
        if (format == null) {
            return;
        }
        Map<SubscriptionScope, List<String>> followed = Map.of(
                SubscriptionScope.FORMAT, List.of(format.slug()),
                SubscriptionScope.FIELD_OF_ACTION, format.fieldsOfAction().stream().map(Reference::slug).toList(),
                SubscriptionScope.DISTRICT, format.districts().stream().map(Reference::slug).toList(),
                SubscriptionScope.PROCESS, List.of(format.process().slug()));
        String dateDe = format.startsOn() == null ? "" : " Termin: " + GERMAN_DATE.format(format.startsOn()) + ".";
        String dateEn = format.startsOn() == null ? "" : " Date: " + ENGLISH_DATE.format(format.startsOn()) + ".";
        SubscriptionMails.News mail = new SubscriptionMails.News(
                "Neu bei „" + format.process().title() + "“: " + format.title(), format.title(),
                format.summary() + dateDe, "Mehr lesen und mitmachen",
                "New in “" + format.process().title() + "”: " + format.title(), format.title(),
                format.summary() + dateEn, "Read more and take part",
                publicUrl + "/formate/" + format.slug());
        news.tell(followed, mail, "format published");
    }

    private void responsePublished(String fieldSlug, String responseId) {
        fieldsOfAction.findRef(fieldSlug, false).ifPresent(field -> {
            SubscriptionMails.News mail = new SubscriptionMails.News(
                    "Die Stadt antwortet: „" + field.title() + "“", "Die Stadt hat geantwortet",
                    "Zum Handlungsfeld „" + field.title() + "“ gibt es eine neue Antwort der Stadt auf Beiträge aus der "
                            + "Beteiligung.", "Die Antwort lesen",
                    "The city responds: “" + field.title() + "”", "The city has responded",
                    "There is a new response of the city to contributions on the field of action “" + field.title()
                            + "”.", "Read the response",
                    publicUrl + "/handlungsfelder/" + field.slug() + "#response-" + responseId);
            news.tell(Map.of(SubscriptionScope.FIELD_OF_ACTION, List.of(field.slug())), mail,
                    "official response");
        });
    }
}
