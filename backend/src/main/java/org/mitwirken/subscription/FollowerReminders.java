package org.mitwirken.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.format.DatePrecision;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.opportunity.OpportunityResponse;
import org.mitwirken.opportunity.OpportunityService;
import org.mitwirken.process.PhaseResponse;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.process.ProcessService;

/**
 * News the calendar brings, not a write: a format's date a week and a day ahead, a survey or voting round that closes
 * in three days, a phase that begins. Each is told once ({@link NotificationLedger}), from 7:00 in Kaiserslautern
 * (nobody wants a reminder at midnight); one missed while the application was down is told late at the next check,
 * as long as its occasion has not passed. Only what the public sees is told.
 */
@ApplicationScoped
class FollowerReminders {
    static final String FORMAT_IN_A_WEEK = "FORMAT_IN_A_WEEK";
    static final String FORMAT_TOMORROW = "FORMAT_TOMORROW";
    static final String CLOSES_SOON = "OPPORTUNITY_CLOSES_SOON";
    static final String PHASE_BEGINS = "PHASE_BEGINS";
    private static final LocalTime TOLD_FROM = LocalTime.of(7, 0);
    private static final int WEEK = 7;
    private static final int CLOSING_DAYS = 3;
    /** A phase that began longer ago than this is no longer news, even if its mail was missed. */
    private static final int PHASE_NEWS_DAYS = 7;

    @Inject
    Clock clock;

    @Inject
    NotificationLedger ledger;

    @Inject
    FollowerNews news;

    @Inject
    FollowedScopes followedScopes;

    @Inject
    FormatService formats;

    @Inject
    OpportunityService opportunities;

    @Inject
    ProcessService processes;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    @Scheduled(every = "${mitwirken.reminders.check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOnSchedule() {
        remind();
    }

    /** Tells what is due and not yet told; returns how many reminders were told (to however many followers). */
    int remind() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(CityTime.ZONE);
        if (local.toLocalTime().isBefore(TOLD_FROM)) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        return formatsSoon(today) + closingSoon(now, today) + phasesBeginning(today);
    }

    /** A week ahead (or late, up to two days ahead) and the day before (or late, on the day itself). */
    private int formatsSoon(LocalDate today) {
        int told = 0;
        for (FormatResponse format : formats.publicResponsesOnDays(today, today.plusDays(WEEK))) {
            long daysAhead = ChronoUnit.DAYS.between(today, format.startsOn());
            told += once(daysAhead <= 1 ? FORMAT_TOMORROW : FORMAT_IN_A_WEEK, format.id().toString(),
                    format.startsOn(), FollowedScopes.aroundFormat(format),
                    NewsWording.formatSoon(format, daysAhead, publicUrl), "format soon");
        }
        return told;
    }

    /**
     * Surveys and voting rounds closing within three days; not those opened within that time, whose opening mail
     * already said when they close.
     */
    private int closingSoon(Instant now, LocalDate today) {
        int told = 0;
        for (OpportunityResponse opportunity : opportunities.openAt(now)) {
            if (opportunity.kind() != OpportunityKind.SURVEY && opportunity.kind() != OpportunityKind.VOTING_ROUND
                    || opportunity.closesAt() == null) {
                continue;
            }
            LocalDate closes = CityTime.dayOf(opportunity.closesAt());
            long daysLeft = ChronoUnit.DAYS.between(today, closes);
            boolean openedBefore = opportunity.opensAt() == null
                    || CityTime.dayOf(opportunity.opensAt()).isBefore(closes.minusDays(CLOSING_DAYS));
            if (daysLeft <= CLOSING_DAYS && openedBefore) {
                Map<SubscriptionScope, List<String>> scopes = followedScopes
                        .aroundFormat(opportunity.format().slug()).orElse(Map.of());
                told += once(CLOSES_SOON, opportunity.kind() + ":" + opportunity.id(), closes, scopes,
                        NewsWording.closesSoon(opportunity, daysLeft, publicUrl), "closes soon");
            }
        }
        return told;
    }

    private int phasesBeginning(LocalDate today) {
        int told = 0;
        LocalDate earliest = today.minusDays(PHASE_NEWS_DAYS);
        for (ProcessResponse process : processes.publicWithPhaseStartingBetween(earliest, today)) {
            for (PhaseResponse phase : process.phases()) {
                boolean begun = phase.startsOn() != null && !phase.startsOn().isAfter(today)
                        && !phase.startsOn().isBefore(earliest);
                boolean running = phase.endsOn() == null || !phase.endsOn().isBefore(today);
                if (begun && running) {
                    told += once(PHASE_BEGINS, phase.id().toString(), phase.startsOn(),
                            Map.of(SubscriptionScope.PROCESS, List.of(process.slug())),
                            NewsWording.phaseBegins(process, phase, publicUrl), "phase begins");
                }
            }
        }
        return told;
    }

    /** The ledger's row and the mails commit together, each reminder on its own: one failing holds up no other. */
    private int once(String kind, String subject, LocalDate occasion, Map<SubscriptionScope, List<String>> scopes,
            SubscriptionMails.News mail, String label) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!ledger.claim(kind, subject, occasion)) {
                return 0;
            }
            news.tell(scopes, mail, label);
            return 1;
        });
    }

    /** The publication mail of a format less than a week ahead gave its date: the week's reminder is told by it. */
    @Transactional(TxType.MANDATORY)
    void weekAheadToldBy(FormatResponse format) {
        if (format.startsOn() != null && format.datePrecision() == DatePrecision.DAY) {
            long daysAhead = ChronoUnit.DAYS.between(CityTime.dayOf(clock.instant()), format.startsOn());
            if (daysAhead > 1 && daysAhead <= WEEK) {
                ledger.claim(FORMAT_IN_A_WEEK, format.id().toString(), format.startsOn());
            }
        }
    }
}
