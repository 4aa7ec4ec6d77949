package org.mitwirken.format;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.common.paging.Pages;

@ApplicationScoped
public class FormatOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("formats", "Beteiligungsformate",
            "The published participation formats of all published processes.", List.of(
                    field("slug", "Identifier, also in the web address /formate/{slug}"),
                    field("title", "Title"),
                    field("kind", "STAKEHOLDER_INTERVIEWS, ONLINE_SURVEY, DIGITAL_WORKSHOP, DISTRICT_WALK, "
                            + "FUTURE_WORKSHOP, PUBLIC_DIALOGUE or OTHER"),
                    field("summary", "Short description"),
                    field("process", "Slug of the process (e.g. the INSEK)"),
                    field("phase", "Slug of the process phase, empty if none"),
                    field("starts_on", "First day, YYYY-MM-DD"),
                    field("ends_on", "Last day, YYYY-MM-DD"),
                    field("date_precision", "DAY, or MONTH when only the month is known"),
                    field("venue", "Where it takes place, empty if online only"),
                    field("online", "true when it takes place online"),
                    field("audience", "Who it is for"),
                    field("districts", "Slugs of the districts (Ortsbezirke) it concerns"),
                    field("fields_of_action", "Slugs of the fields of action it contributes to")), false);

    @Inject
    FormatService formats;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        return Pages.all(paging -> formats.list(new FormatQuery(), paging, false)).stream().map(format -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", format.slug());
            row.put("title", format.title());
            row.put("kind", format.kind().name());
            row.put("summary", format.summary());
            row.put("process", format.process().slug());
            row.put("phase", format.phase() == null ? null : format.phase().slug());
            row.put("starts_on", format.startsOn().toString());
            row.put("ends_on", format.endsOn().toString());
            row.put("date_precision", format.datePrecision().name());
            row.put("venue", format.venue());
            row.put("online", format.online());
            row.put("audience", format.audience().name());
            row.put("districts", format.districts().stream().map(Reference::slug).toList());
            row.put("fields_of_action", format.fieldsOfAction().stream().map(Reference::slug).toList());
            return row;
        }).toList();
    }
}
