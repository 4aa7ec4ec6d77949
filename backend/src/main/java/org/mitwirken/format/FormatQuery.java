package org.mitwirken.format;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mitwirken.common.validation.OneOf;

/** Filters and order of the format list. */
public class FormatQuery {
    public static final String DEFAULT_SORT = "startsOn";

    @QueryParam("process")
    @Size(max = 120)
    @Parameter(description = "Slug of a process")
    public String process;

    @QueryParam("kind")
    @OneOf(FormatKind.class)
    @Parameter(description = "Kind of format", schema = @Schema(implementation = FormatKind.class))
    public String kind;

    @QueryParam("phase")
    @Size(max = 120)
    @Parameter(description = "Slug of a phase; combine with `process` when phases of several processes share it")
    public String phase;

    @QueryParam("district")
    @Size(max = 120)
    @Parameter(description = "Slug of a district (Ortsbezirk) the formats concern")
    public String district;

    @QueryParam("fieldOfAction")
    @Size(max = 120)
    @Parameter(description = "Slug of a field of action the formats contribute to")
    public String fieldOfAction;

    @QueryParam("sort")
    @Size(max = 100)
    @Parameter(description = "Sort keys in order of precedence, comma-separated, each `startsOn`, `title` or "
            + "`createdAt`; `-` before a key sorts descending. Without it: `" + DEFAULT_SORT + "`",
            example = "-startsOn,title", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^-?(startsOn|title|createdAt)(,-?(startsOn|title|createdAt))*$"))
    public String sort;
}
