package org.mitwirken.fieldofaction;

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
public class FieldOfActionOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("fields-of-action", "Handlungsfelder",
            "The published fields of action with their development goals, in order.", List.of(
                    field("slug", "Identifier, also in the web address /handlungsfelder/{slug}"),
                    field("title", "Title"),
                    field("summary", "Short description"),
                    field("goals", "Titles of its development goals (Entwicklungsziele), in order")), false);

    @Inject
    FieldOfActionService fields;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        return Pages.all(paging -> fields.list(paging, false)).stream().map(field -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", field.slug());
            row.put("title", field.title());
            row.put("summary", field.summary());
            row.put("goals", field.goals().stream().map(GoalResponse::title).toList());
            return row;
        }).toList();
    }
}
