package org.mitwirken.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mitwirken.calendar.CalendarService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.mail.MailMessage;
import org.mitwirken.mail.MailText;

/**
 * The mails of registrations, in German or English as the registrant chose. A seat comes with the event as an
 * iCalendar file and every mail but the last with the link that gives the seat or waiting place back.
 */
@ApplicationScoped
class RegistrationMails {
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    RegistrationLinks links;

    @Inject
    CalendarService calendars;

    /** What the mails say about the event, and the event as a calendar file. */
    record Event(String title, String slug, LocalDate startsOn, LocalDate endsOn, String venue,
            CalendarService.Calendar calendar) {
    }

    Event event(FormatResponse format) {
        return new Event(format.title(), format.slug(), format.startsOn(), format.endsOn(), format.venue(),
                calendars.attachment(format));
    }

    MailMessage confirmed(Registration registration, Event event) {
        boolean german = german(registration);
        MailText mail = german
                ? MailText.headed("de", "Ihre Anmeldung ist bestätigt")
                        .paragraph("Guten Tag " + registration.name + ", Sie haben einen Platz bei „" + event.title()
                                + "“.")
                : MailText.headed("en", "Your registration is confirmed")
                        .paragraph("Hello " + registration.name + ", you have a place at “" + event.title() + "”.");
        return seat(registration, event, mail, german ? "Angemeldet: " : "Registered: ");
    }

    MailMessage movedUp(Registration registration, Event event) {
        boolean german = german(registration);
        MailText mail = german
                ? MailText.headed("de", "Ein Platz ist frei geworden: Sie sind dabei")
                        .paragraph("Guten Tag " + registration.name + ", jemand hat abgesagt, und Sie standen auf der "
                                + "Warteliste: Jetzt haben Sie einen Platz bei „" + event.title() + "“.")
                : MailText.headed("en", "A place has become free: you are in")
                        .paragraph("Hello " + registration.name + ", someone has cancelled, and you were on the "
                                + "waiting list: now you have a place at “" + event.title() + "”.");
        return seat(registration, event, mail, german ? "Nachgerückt: " : "Moved up: ");
    }

    MailMessage waiting(Registration registration, Event event) {
        boolean german = german(registration);
        MailText mail = german
                ? MailText.headed("de", "Sie stehen auf der Warteliste")
                        .paragraph("Guten Tag " + registration.name + ", alle Plätze bei „" + event.title() + "“ ("
                                + when(event, true) + ") sind vergeben. Sie stehen auf der Warteliste: Wird ein Platz "
                                + "frei, rücken Sie der Reihe nach auf, und wir schreiben Ihnen.")
                        .link("Zur Veranstaltung", links.formatPage(event.slug()))
                        .paragraph("Möchten Sie nicht mehr warten, nehmen Sie sich bitte von der Liste.")
                        .link("Von der Warteliste abmelden", links.cancelPage(registration.id))
                : MailText.headed("en", "You are on the waiting list")
                        .paragraph("Hello " + registration.name + ", all places at “" + event.title() + "” ("
                                + when(event, false) + ") are taken. You are on the waiting list: when a place "
                                + "becomes free, you move up in turn, and we will write to you.")
                        .link("About the event", links.formatPage(event.slug()))
                        .paragraph("If you no longer wish to wait, please take yourself off the list.")
                        .link("Leave the waiting list", links.cancelPage(registration.id));
        return mail.to(registration.email, (german ? "Warteliste: " : "Waiting list: ") + event.title(), null);
    }

    MailMessage cancelled(Registration registration, Event event) {
        boolean german = german(registration);
        MailText mail = german
                ? MailText.headed("de", "Ihre Anmeldung ist storniert")
                        .paragraph("Guten Tag " + registration.name + ", Sie sind von „" + event.title() + "“ ("
                                + when(event, true) + ") abgemeldet, und wir haben Ihre Angaben gelöscht.")
                        .link("Zur Veranstaltung", links.formatPage(event.slug()))
                : MailText.headed("en", "Your registration is cancelled")
                        .paragraph("Hello " + registration.name + ", you are no longer registered for “"
                                + event.title() + "” (" + when(event, false) + "), and we have deleted your details.")
                        .link("About the event", links.formatPage(event.slug()));
        return mail.to(registration.email, (german ? "Abgemeldet: " : "Cancelled: ") + event.title(), null);
    }

    /** A seat: when and where, the calendar file, and how to give the seat back. */
    private MailMessage seat(Registration registration, Event event, MailText mail, String subjectStart) {
        boolean german = german(registration);
        String place = event.venue() == null || event.venue().isBlank() ? "" : (german ? " Ort: " : " Venue: ")
                + event.venue() + ".";
        if (german) {
            mail.paragraph("Termin: " + when(event, true) + "." + place)
                    .paragraph("Den Termin für Ihren Kalender finden Sie im Anhang.")
                    .link("Zur Veranstaltung", links.formatPage(event.slug()))
                    .paragraph("Können Sie nicht kommen, geben Sie Ihren Platz bitte frei: Dann rückt jemand von der "
                            + "Warteliste nach.")
                    .link("Anmeldung stornieren", links.cancelPage(registration.id));
        } else {
            mail.paragraph("Date: " + when(event, false) + "." + place)
                    .paragraph("The event for your calendar is attached.")
                    .link("About the event", links.formatPage(event.slug()))
                    .paragraph("If you cannot come, please give your place back, so that someone on the waiting list "
                            + "can move up.")
                    .link("Cancel registration", links.cancelPage(registration.id));
        }
        return mail.to(registration.email, subjectStart + event.title() + ", " + when(event, german), null)
                .attach(new MailMessage.MailAttachment(event.calendar().fileName(), "text/calendar; method=PUBLISH; "
                        + "charset=UTF-8", event.calendar().content()));
    }

    /** "13.11.2024" or "05.08.2024 bis 30.08.2024"; "13 November 2024" or "5 August 2024 to 30 August 2024". */
    private static String when(Event event, boolean german) {
        DateTimeFormatter date = german ? GERMAN_DATE : ENGLISH_DATE;
        return event.startsOn().equals(event.endsOn()) ? date.format(event.startsOn())
                : date.format(event.startsOn()) + (german ? " bis " : " to ") + date.format(event.endsOn());
    }

    private static boolean german(Registration registration) {
        return !"en".equals(registration.language);
    }
}
