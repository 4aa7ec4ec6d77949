package org.mitwirken.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Participation in numbers from every feature's SQL aggregates; the public view suppresses counts under five. */
@ApplicationScoped
public class StatisticsService {
    static final int MIN_CELL = 5;

    @Inject
    Instance<ActivitySource> sources;

    @Inject
    FormatService formats;

    @Inject
    DistrictService districts;

    public Statistics compute(boolean staff) {
        Map<UUID, FormatRef> publicFormats = formats.publicRefs().stream()
                .collect(Collectors.toMap(FormatRef::id, Function.identity()));
        // Activity on formats the public cannot see stays out of both views.
        List<ActivityCount> counts = sources.stream().flatMap(s -> s.counts().stream())
                .filter(c -> c.formatId() == null || publicFormats.containsKey(c.formatId())).toList();
        Map<UUID, String> districtNames = districts.refsByIds(counts.stream().map(ActivityCount::districtId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
        boolean suppress = !staff;
        List<Statistics.Cell> totals = cells(counts, ActivityCount::kind, kind -> kind, suppress);
        List<Statistics.Cell> perFormat = cells(counts, c -> c.formatId() == null ? null : c.formatId().toString(),
                id -> publicFormats.get(UUID.fromString(id)).title(), suppress);
        List<Statistics.Cell> perDistrict = cells(counts, c -> c.districtId() == null ? null : c.districtId().toString(),
                id -> districtNames.getOrDefault(UUID.fromString(id), id), suppress);
        List<Statistics.Cell> perChannel = cells(counts, ActivityCount::channel, channel -> channel, suppress);
        Statistics.Moderation moderation = staff ? new Statistics.Moderation(
                sources.stream().mapToLong(ActivitySource::pendingModeration).sum(),
                weeks(sources.stream().flatMap(s -> s.decisions().stream()).toList(), ActivityCount::channel, false))
                : null;
        return new Statistics(totals, perFormat, perDistrict, perChannel, weeks(counts, ActivityCount::kind, suppress),
                moderation);
    }

    /** For reports: public contributions to one format per kind; counts under five are suppressed. */
    public List<Statistics.Cell> forFormat(UUID formatId) {
        return cells(sources.stream().flatMap(s -> s.counts().stream()).filter(c -> formatId.equals(c.formatId()))
                .toList(), ActivityCount::kind, kind -> kind, true);
    }

    private static List<Statistics.Cell> cells(List<ActivityCount> counts, Function<ActivityCount, String> keyOf,
            Function<String, String> labelOf, boolean suppress) {
        Map<String, Long> sums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        counts.forEach(c -> sums.merge(keyOf.apply(c), c.count(), Long::sum));
        List<Statistics.Cell> cells = new ArrayList<>();
        sums.forEach((key, sum) -> {
            boolean hidden = suppress && sum > 0 && sum < MIN_CELL;
            cells.add(new Statistics.Cell(key, key == null ? "" : labelOf.apply(key), hidden ? null : sum, hidden));
        });
        cells.sort(Comparator.comparing((Statistics.Cell c) -> c.count() == null ? 0 : c.count()).reversed());
        return cells;
    }

    private static List<Statistics.WeekCell> weeks(List<ActivityCount> counts, Function<ActivityCount, String> keyOf,
            boolean suppress) {
        Map<LocalDate, Map<String, Long>> byWeek = new TreeMap<>();
        for (ActivityCount count : counts) {
            LocalDate monday = count.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, w -> new TreeMap<>()).merge(keyOf.apply(count), count.count(), Long::sum);
        }
        List<Statistics.WeekCell> weeks = new ArrayList<>();
        byWeek.forEach((week, kinds) -> kinds.forEach((kind, sum) -> {
            boolean hidden = suppress && sum > 0 && sum < MIN_CELL;
            weeks.add(new Statistics.WeekCell(week, kind, hidden ? null : sum, hidden));
        }));
        return weeks;
    }
}
