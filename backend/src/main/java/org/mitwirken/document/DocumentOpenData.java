package org.mitwirken.document;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.common.paging.Pages;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

@ApplicationScoped
public class DocumentOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("documents", "Dokumente",
            "The downloads (presentations, documentation, summaries) of published formats.", List.of(
                    field("format", "Slug of the format the document belongs to"),
                    field("title", "Title"),
                    field("kind", "PRESENTATION, DOCUMENTATION, SUMMARY, MINUTES or OTHER"),
                    field("file_name", "File name"),
                    field("content_type", "Media type decided by the file's content"),
                    field("size_bytes", "Size in bytes"),
                    field("download_url", "Address of the file, relative to the API's host")), false);

    @Inject
    DocumentService documents;

    @Inject
    FormatService formats;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FormatRef format : formats.publicRefs()) {
            for (DocumentResponse document : Pages.all(paging -> documents.list(format.slug(), paging, false))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("format", format.slug());
                row.put("title", document.title());
                row.put("kind", document.kind().name());
                row.put("file_name", document.fileName());
                row.put("content_type", document.contentType());
                row.put("size_bytes", document.sizeBytes());
                row.put("download_url", document.downloadUrl());
                rows.add(row);
            }
        }
        return rows;
    }
}
