package org.mitwirken.integrity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers around participation codes. */
public final class CodeRequests {
    private CodeRequests() {
    }

    @Schema(name = "CodeBatchRequest", requiredProperties = { "count" })
    public record Batch(@NotNull @Min(1) @Max(1000) Integer count) {
    }

    @Schema(name = "CodeBatch", description = "New codes; they are shown only now, the server keeps only hashes",
            requiredProperties = { "codes" })
    public record Codes(List<String> codes) {
    }

    @Schema(name = "CodeSheetRequest", description = "Codes of this survey or voting round to print or list",
            requiredProperties = { "codes" })
    public record Sheet(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Size(max = 40) String> codes) {
    }
}
