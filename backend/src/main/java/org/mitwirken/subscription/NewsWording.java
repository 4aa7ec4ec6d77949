package org.mitwirken.subscription;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.opportunity.OpportunityResponse;
import org.mitwirken.process.PhaseResponse;
import org.mitwirken.process.ProcessResponse;

/**
 * The words of each kind of news to followers, German and English; subjects say what happened and when, dates and
 * times are Kaiserslautern's. {@code site} is the public address of the SPA the links lead to.
 */
final class NewsWording {
    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN);
    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private NewsWording() {
    }

    static SubscriptionMails.News formatPublished(FormatResponse format, String site) {
        String dateDe = format.startsOn() == null ? "" : " Termin: " + GERMAN_DATE.format(format.startsOn()) + ".";
        String dateEn = format.startsOn() == null ? "" : " Date: " + ENGLISH_DATE.format(format.startsOn()) + ".";
        return new SubscriptionMails.News(
                "Neu bei „" + format.process().title() + "“: " + format.title(), format.title(),
                format.summary() + dateDe, "Mehr lesen und mitmachen",
                "New in “" + format.process().title() + "”: " + format.title(), format.title(),
                format.summary() + dateEn, "Read more and take part",
                site + "/formate/" + format.slug());
    }

    /** A format's date is near: {@code daysAhead} is 7 a week before, 1 the day before, 0 on the day itself. */
    static SubscriptionMails.News formatSoon(FormatResponse format, long daysAhead, String site) {
        String whenDe = daysAhead == 0 ? "Heute" : daysAhead == 1 ? "Morgen"
                : daysAhead == 7 ? "In einer Woche" : "In " + daysAhead + " Tagen";
        String whenEn = daysAhead == 0 ? "Today" : daysAhead == 1 ? "Tomorrow"
                : daysAhead == 7 ? "In a week" : "In " + daysAhead + " days";
        String whereDe = format.venue() != null ? ", " + format.venue() : format.online() ? ", online" : "";
        return new SubscriptionMails.News(
                whenDe + ": " + format.title() + " am " + GERMAN_DATE.format(format.startsOn()), format.title(),
                format.summary() + " Termin: " + GERMAN_DATE.format(format.startsOn()) + whereDe + ".",
                "Mehr zum Termin",
                whenEn + ": " + format.title() + " on " + ENGLISH_DATE.format(format.startsOn()), format.title(),
                format.summary() + " Date: " + ENGLISH_DATE.format(format.startsOn()) + whereDe + ".",
                "More about the event",
                site + "/formate/" + format.slug());
    }

    static SubscriptionMails.News opportunityOpened(OpportunityResponse opportunity, String site) {
        String untilDe = opportunity.closesAt() == null ? "." : " – bis " + germanTime(opportunity.closesAt()) + ".";
        String untilEn = opportunity.closesAt() == null ? "." : ", until " + englishTime(opportunity.closesAt()) + ".";
        return new SubscriptionMails.News(
                "Jetzt mitmachen: " + opportunity.title(), opportunity.title(),
                "Im Format „" + opportunity.format().title() + "“ ist " + germanKind(opportunity.kind()) + " „"
                        + opportunity.title() + "“ geöffnet" + untilDe, "Jetzt mitmachen",
                "Take part now: " + opportunity.title(), opportunity.title(),
                "The " + englishKind(opportunity.kind()) + " “" + opportunity.title() + "” in “"
                        + opportunity.format().title() + "” is open" + untilEn, "Take part",
                site + page(opportunity.kind(), opportunity.id()));
    }

    /** A survey or voting round closes soon: {@code daysLeft} days from today to the day it closes. */
    static SubscriptionMails.News closesSoon(OpportunityResponse opportunity, long daysLeft, String site) {
        String whenDe = daysLeft == 0 ? "Nur noch heute" : daysLeft == 1 ? "Nur noch bis morgen"
                : "Noch " + daysLeft + " Tage";
        String whenEn = daysLeft == 0 ? "Today only" : daysLeft == 1 ? "Until tomorrow only"
                : daysLeft + " days left";
        String kindDe = germanKind(opportunity.kind());
        return new SubscriptionMails.News(
                whenDe + ": " + opportunity.title(), opportunity.title(),
                Character.toUpperCase(kindDe.charAt(0)) + kindDe.substring(1) + " „" + opportunity.title()
                        + "“ im Format „" + opportunity.format().title() + "“ endet am "
                        + germanTime(opportunity.closesAt()) + ".", "Jetzt mitmachen",
                whenEn + ": " + opportunity.title(), opportunity.title(),
                "The " + englishKind(opportunity.kind()) + " “" + opportunity.title() + "” in “"
                        + opportunity.format().title() + "” closes on " + englishTime(opportunity.closesAt()) + ".",
                "Take part",
                site + page(opportunity.kind(), opportunity.id()));
    }

    static SubscriptionMails.News phaseBegins(ProcessResponse process, PhaseResponse phase, String site) {
        String untilDe = phase.endsOn() == null ? "."
                : " und dauert bis zum " + GERMAN_DATE.format(phase.endsOn()) + ".";
        String untilEn = phase.endsOn() == null ? "."
                : " and lasts until " + ENGLISH_DATE.format(phase.endsOn()) + ".";
        return new SubscriptionMails.News(
                "„" + process.title() + "“: Die Phase „" + phase.title() + "“ beginnt", phase.title(),
                "Im Beteiligungsprozess „" + process.title() + "“ beginnt am "
                        + GERMAN_DATE.format(phase.startsOn()) + " die Phase „" + phase.title() + "“" + untilDe, "Zum Beteiligungsprozess",
                "“" + process.title() + "”: the phase “" + phase.title() + "” begins", phase.title(),
                "In the participation process “" + process.title() + "” the phase “" + phase.title()
                        + "” begins on " + ENGLISH_DATE.format(phase.startsOn()) + untilEn,
                "To the participation process",
                site + "/");
    }

    /** The final results of a closed survey or voting round are public. */
    static SubscriptionMails.News resultsPublished(OpportunityKind kind, String id, String title, String formatTitle,
            String site) {
        String kindDe = germanKind(kind);
        return new SubscriptionMails.News(
                "Ergebnisse: " + title, title,
                Character.toUpperCase(kindDe.charAt(0)) + kindDe.substring(1) + " „" + title + "“ im Format „"
                        + formatTitle + "“ ist beendet. Ihre Ergebnisse sind jetzt öffentlich.",
                "Die Ergebnisse ansehen",
                "Results: " + title, title,
                "The " + englishKind(kind) + " “" + title + "” in “" + formatTitle
                        + "” has closed. Its results are now public.", "See the results",
                site + (kind == OpportunityKind.SURVEY ? "/umfragen/" + id + "/ergebnisse" : page(kind, id)));
    }

    /** A summary, documentation or minutes of a format are published. */
    static SubscriptionMails.News documentationPublished(String documentTitle, String formatTitle, String formatSlug,
            String site) {
        return new SubscriptionMails.News(
                "Ergebnisse von „" + formatTitle + "“: " + documentTitle, documentTitle,
                "Zum Format „" + formatTitle + "“ ist „" + documentTitle + "“ veröffentlicht.",
                "Zum Format und seinen Dokumenten",
                "Results of “" + formatTitle + "”: " + documentTitle, documentTitle,
                "“" + documentTitle + "” has been published for “" + formatTitle + "”.",
                "To the format and its documents",
                site + "/formate/" + formatSlug);
    }

    /** Staff's announcement, in their words for every follower; only the link's words follow the language. */
    static SubscriptionMails.News newsletter(String subject, String body, String site) {
        return new SubscriptionMails.News(subject, subject, body, "Zum Beteiligungsprozess",
                subject, subject, body, "To the participation process", site + "/");
    }

    private static String page(OpportunityKind kind, String id) {
        return kind == OpportunityKind.SURVEY ? "/umfragen/" + id : "/abstimmen/" + id;
    }

    private static String germanKind(OpportunityKind kind) {
        return kind == OpportunityKind.SURVEY ? "die Befragung" : "die Abstimmung";
    }

    private static String englishKind(OpportunityKind kind) {
        return kind == OpportunityKind.SURVEY ? "survey" : "voting round";
    }

    private static String germanTime(Instant instant) {
        return GERMAN_DATE.format(CityTime.dayOf(instant)) + ", " + TIME.format(instant.atZone(CityTime.ZONE)) + " Uhr";
    }

    private static String englishTime(Instant instant) {
        return ENGLISH_DATE.format(CityTime.dayOf(instant)) + ", " + TIME.format(instant.atZone(CityTime.ZONE));
    }
}
