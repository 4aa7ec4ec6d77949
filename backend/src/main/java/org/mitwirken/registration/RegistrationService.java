package org.mitwirken.registration;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.ratelimit.AnonymousWrites;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.mail.MailOutbox;

/**
 * Registration for on-site formats. Taking a seat, giving one back and moving up from the waiting list happen while
 * the format's opening is locked, so the seats are never overbooked and the waiting list moves in order. Whoever
 * registers gets a mail; the answer to a repeated registration of an address is its registration's status, no more.
 */
@ApplicationScoped
public class RegistrationService {
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY)
            .withZone(CityTime.ZONE);

    @Inject
    RegistrationOpeningRepository openings;

    @Inject
    RegistrationRepository registrations;

    @Inject
    FormatService formats;

    @Inject
    RegistrationMails mails;

    @Inject
    RegistrationLinks links;

    @Inject
    MailOutbox outbox;

    @Inject
    AnonymousWrites anonymousWrites;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.registration.keep-after-event")
    Duration keepAfterEvent;

    @Transactional
    public RegistrationState state(String slug) {
        FormatResponse format = formats.get(slug, viewer.canSeeDrafts());
        return openings.findByIdOptional(format.id()).map(this::state).orElseGet(RegistrationState::none);
    }

    @Transactional
    public RegistrationReceipt register(String slug, RegistrationRequest request) {
        FormatResponse format = formats.get(slug, false);
        anonymousWrites.countAnyone();
        RegistrationOpening opening = openings.lock(format.id()).filter(this::takesRegistrations)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_OPEN, RegistrationCode.REGISTRATION_CLOSED));
        List<String> answers = answers(request.answers(), opening.questions);
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        Optional<Registration> earlier = registrations.findByAddress(opening.id, email);
        if (earlier.isPresent()) {
            return new RegistrationReceipt(earlier.get().status);
        }
        RegistrationStatus status;
        if (registrations.count(opening.id, RegistrationStatus.CONFIRMED) < opening.capacity) {
            status = RegistrationStatus.CONFIRMED;
        } else if (registrations.count(opening.id, RegistrationStatus.WAITING) < opening.waitingList) {
            status = RegistrationStatus.WAITING;
        } else {
            throw new ProblemException(ProblemType.CONFLICT, RegistrationCode.EVENT_FULL);
        }
        Registration registration = new Registration();
        registration.formatId = opening.id;
        registration.name = request.name().strip();
        registration.email = email;
        registration.answers = answers;
        registration.status = status;
        registration.language = request.language() == null ? "de" : request.language();
        registration.accountSubject = viewer.account();
        registration.createdAt = clock.instant();
        registrations.persist(registration);
        RegistrationMails.Event event = mails.event(format);
        outbox.send(registration.id, "registration " + status.name().toLowerCase(Locale.ROOT),
                status == RegistrationStatus.CONFIRMED ? mails.confirmed(registration, event)
                        : mails.waiting(registration, event));
        return new RegistrationReceipt(status);
    }

    /**
     * Gives the seat or waiting place back and deletes the registration; the first on the waiting list moves up. A
     * link this server made for a registration that is gone already does nothing, so cancelling twice is harmless.
     */
    @Transactional
    public void cancel(String token) {
        UUID id = links.registration(token).orElseThrow(
                () -> new ProblemException(ProblemType.NOT_FOUND, RegistrationCode.CANCELLATION_LINK_INVALID));
        Registration registration = registrations.findById(id);
        if (registration != null) {
            withdraw(registration, true);
        }
    }

    /** Opens registration for a format, changes it, or closes it; more seats let the waiting list move up. */
    @Transactional
    public RegistrationState configure(String slug, RegistrationSettings settings) {
        FormatResponse format = formats.get(slug, true);
        RegistrationOpening opening = openings.lock(format.id()).orElseGet(() -> {
            RegistrationOpening created = new RegistrationOpening();
            created.id = format.id();
            return created;
        });
        opening.capacity = settings.capacity();
        opening.waitingList = settings.waitingList();
        opening.deadline = settings.deadline();
        opening.questions = List.copyOf(settings.questions());
        opening.open = settings.open();
        openings.persist(opening);
        fillSeats(opening, format);
        return state(opening);
    }

    @Transactional
    public RegistrationState recordAttendance(String slug, AttendanceRequest request) {
        FormatResponse format = formats.get(slug, true);
        RegistrationOpening opening = openings.lock(format.id())
                .orElseThrow(() -> ProblemException.notFound(slug + "/registration"));
        opening.attendance = request.attendance();
        opening.attendanceDay = format.startsOn();
        return state(opening);
    }

    @Transactional
    public RegistrantPage registrants(String slug, PageRequest paging) {
        UUID format = formats.get(slug, true).id();
        return new RegistrantPage(registrations.page(format, paging.page(), paging.size()).stream()
                .map(Registrant::of).toList(), paging.page(), paging.size(), registrations.count("formatId", format));
    }

    /** The list for the door, as CSV: one row per registration, one column per question. */
    @Transactional
    public String csv(String slug) {
        FormatResponse format = formats.get(slug, true);
        List<String> questions = openings.findByIdOptional(format.id()).map(o -> o.questions).orElse(List.of());
        List<String> header = Stream.concat(Stream.of("Name", "E-Mail", "Status", "Sprache", "Angemeldet am"),
                questions.stream()).toList();
        List<List<String>> rows = registrations.all(format.id()).stream().map(r -> {
            List<String> row = new ArrayList<>(List.of(r.name, r.email,
                    r.status == RegistrationStatus.CONFIRMED ? "Platz" : "Warteliste", r.language,
                    CSV_TIME.format(r.createdAt)));
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < r.answers.size() ? r.answers.get(i) : "");
            }
            return row;
        }).toList();
        return Csv.write(header, rows);
    }

    /** Registrations are kept for a while after their event, then deleted; only the counts stay. */
    @Scheduled(every = "${mitwirken.retention.check-every}", delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetPastEvents() {
        LocalDate lastKept = today().minusDays(keepAfterEvent.toDays());
        List<UUID> due = registrations.formatsWithRegistrations().stream()
                .filter(format -> formats.findRef(format).map(FormatRef::slug).map(slug -> formats.get(slug, true))
                        .map(FormatResponse::endsOn).map(end -> end.isBefore(lastKept)).orElse(true))
                .toList();
        forget(due);
    }

    /** Deletes the registrations of these formats with their mails, keeping how many seats were taken per day. */
    @Transactional(TxType.MANDATORY)
    void forget(Collection<UUID> formatIds) {
        if (formatIds.isEmpty()) {
            return;
        }
        registrations.idsIn(formatIds).forEach(outbox::forget);
        registrations.tallyAndDelete(formatIds);
    }

    /**
     * Deletes a registration while its opening is locked; a seat given back goes to the first who waits. With
     * {@code tell}, the registrant is told (a cancellation by link; not an account erasing its data).
     */
    @Transactional(TxType.MANDATORY)
    void withdraw(Registration registration, boolean tell) {
        RegistrationOpening opening = openings.lock(registration.formatId).orElseThrow();
        // Read again under the lock: it may have moved up or gone meanwhile.
        registrations.getEntityManager().detach(registration);
        Registration current = registrations.findById(registration.id);
        if (current == null) {
            return;
        }
        registrations.delete(current);
        outbox.forget(registration.id);
        FormatResponse format = format(opening.id);
        if (tell) {
            outbox.send(registration.id, "registration cancelled", mails.cancelled(current, mails.event(format)));
        }
        if (current.status == RegistrationStatus.CONFIRMED) {
            fillSeats(opening, format);
        }
    }

    /** The registrations of an account, oldest first. */
    List<Registration> ofAccount(String account) {
        return registrations.ofAccount(account);
    }

    /** Moves the waiting list up into free seats, in order, telling each; not after the event. */
    private void fillSeats(RegistrationOpening opening, FormatResponse format) {
        if (today().isAfter(format.endsOn())) {
            return;
        }
        long confirmed = registrations.count(opening.id, RegistrationStatus.CONFIRMED);
        RegistrationMails.Event event = null;
        while (confirmed < opening.capacity) {
            Optional<Registration> next = registrations.firstWaiting(opening.id);
            if (next.isEmpty()) {
                return;
            }
            Registration registration = next.get();
            registration.status = RegistrationStatus.CONFIRMED;
            event = event == null ? mails.event(format) : event;
            outbox.send(registration.id, "registration moved up", mails.movedUp(registration, event));
            confirmed++;
        }
    }

    private RegistrationState state(RegistrationOpening opening) {
        long confirmed = registrations.count(opening.id, RegistrationStatus.CONFIRMED);
        long waiting = registrations.count(opening.id, RegistrationStatus.WAITING);
        return new RegistrationState(true, takesRegistrations(opening), opening.capacity,
                (int) Math.max(0, opening.capacity - confirmed), opening.waitingList, (int) waiting, opening.deadline,
                opening.questions, opening.attendance);
    }

    private boolean takesRegistrations(RegistrationOpening opening) {
        return opening.open && !today().isAfter(opening.deadline);
    }

    /** One answer per question, blank where none was given; more answers than questions are refused. */
    private static List<String> answers(List<String> given, List<String> questions) {
        List<String> answers = new ArrayList<>(given == null ? List.of() : given.stream().map(String::strip).toList());
        if (answers.size() > questions.size()) {
            throw ValidationProblem.of("answers", GeneralCode.TOO_MANY, Map.of("max", questions.size()));
        }
        while (answers.size() < questions.size()) {
            answers.add("");
        }
        return answers;
    }

    private FormatResponse format(UUID id) {
        return formats.get(formats.findRef(id).orElseThrow().slug(), true);
    }

    private LocalDate today() {
        return CityTime.dayOf(clock.instant());
    }
}
