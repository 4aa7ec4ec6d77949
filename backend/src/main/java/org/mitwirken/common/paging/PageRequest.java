package org.mitwirken.common.paging;

import java.util.List;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mitwirken.common.validation.WholeNumber;

/**
 * The paging query parameters every list shares. Out-of-range values are refused with a field-level problem,
 * never clamped silently; they are read as text so that "abc" is reported like any other invalid value.
 */
public class PageRequest {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @WholeNumber(min = 0, max = 999999)
    @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @WholeNumber(min = 1, max = MAX_SIZE)
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        return request;
    }

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public <T> PageResponse<T> emptyPage() {
        return new PageResponse<>(List.of(), page(), size(), 0);
    }
}
