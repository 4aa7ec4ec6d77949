package org.mitwirken.format;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.mitwirken.common.PublicationState;
import org.mitwirken.support.TestData;

/** Builds participation formats for tests through the service, the way an admin would. */
public final class FormatBuilder {
    private final String process;
    private String slug = TestData.uniqueSlug("format");
    private String phase;
    private FormatKind kind = FormatKind.PUBLIC_DIALOGUE;
    private String title = "Bürgerdialog";
    private String body = "Text";
    private LocalDate startsOn = LocalDate.of(2024, 11, 13);
    private LocalDate endsOn;
    private DatePrecision precision;
    private String venue = "Rathaus";
    private Audience audience;
    private boolean published = true;
    private ParticipationSettingsDto participation;
    private List<String> districts = List.of();
    private List<String> fieldsOfAction = List.of();
    private Long version;

    private FormatBuilder(String process) {
        this.process = process;
    }

    public static FormatBuilder aFormatIn(String processSlug) {
        return new FormatBuilder(processSlug);
    }

    public FormatBuilder kind(FormatKind kind) {
        this.kind = kind;
        return this;
    }

    public FormatBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public FormatBuilder withBody(String body) {
        this.body = body;
        return this;
    }

    public FormatBuilder inPhase(String phaseSlug) {
        this.phase = phaseSlug;
        return this;
    }

    public FormatBuilder on(LocalDate date) {
        this.startsOn = date;
        return this;
    }

    /** Dated only by months, as "Dezember 2023 bis Februar 2024": from the first month to the end of the last. */
    public FormatBuilder inMonths(YearMonth first, YearMonth last) {
        this.startsOn = first.atDay(1);
        this.endsOn = last.atEndOfMonth();
        this.precision = DatePrecision.MONTH;
        return this;
    }

    public FormatBuilder forAudience(Audience audience) {
        this.audience = audience;
        return this;
    }

    public FormatBuilder at(String venue) {
        this.venue = venue;
        return this;
    }

    public FormatBuilder inDistricts(String... districtSlugs) {
        this.districts = List.of(districtSlugs);
        return this;
    }

    public FormatBuilder contributingTo(String... fieldOfActionSlugs) {
        this.fieldsOfAction = List.of(fieldOfActionSlugs);
        return this;
    }

    public FormatBuilder participation(boolean comments, boolean anonymous, boolean preModeration) {
        this.participation = new ParticipationSettingsDto(comments, anonymous, preModeration);
        return this;
    }

    public FormatBuilder draft() {
        this.published = false;
        return this;
    }

    public FormatRequest request() {
        return new FormatRequest(slug, process, phase, kind, title, "Kurzbeschreibung", body, startsOn, endsOn, precision,
                venue, false, audience, participation, districts, fieldsOfAction, version);
    }

    /** The request that turns {@code existing} into what this builder describes. */
    public FormatRequest updating(FormatResponse existing) {
        slug = existing.slug();
        version = existing.version();
        return request();
    }

    public FormatResponse create() {
        FormatService service = CDI.current().select(FormatService.class).get();
        FormatResponse created = service.create(request());
        return published ? service.setPublicationState(created.slug(), PublicationState.PUBLISHED) : created;
    }
}
