package org.mitwirken.synthesis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.validation.PrintableText;

/** Requests and answers of synthesis: observations, links, official responses and "what became of it". */
public final class SynthesisDtos {
    private SynthesisDtos() {
    }

    @Schema(name = "ObservationRequest", description = "A walk stop (with a place) or a flip chart (with dots)")
    public record ObservationRequest(@NotBlank String format, @NotNull ObservationKind kind,
            @NotBlank @Size(max = 200) @PrintableText String title,
            @NotBlank @Size(max = 5000) String text, @Valid Point location,
            @Schema(description = "Slug of a district") @Size(max = 120) String district,
            @Schema(description = "Dots the flip chart got") @Min(0) Integer dotCount) {
    }

    @Schema(name = "Observation", requiredProperties = { "id", "format", "kind", "title", "text", "recordedBy" })
    public record ObservationView(UUID id, String format, ObservationKind kind, String title, String text,
            @Schema(nullable = true) Point location, @Schema(nullable = true) String district,
            @Schema(nullable = true) Integer dotCount, String recordedBy) {
    }

    @Schema(name = "LinkRequest", description = "Links inputs (one or many) to a field of action or one of its goals")
    public record LinkRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull InputKey> inputs,
            @Schema(description = "Slug of the field of action") @NotBlank String fieldOfAction,
            @Schema(description = "Slug of one of its goals") @Size(max = 120) String goal) {
    }

    @Schema(name = "LinkTarget", requiredProperties = { "fieldOfAction", "fieldOfActionTitle" })
    public record Target(String fieldOfAction, String fieldOfActionTitle, @Schema(nullable = true) String goal,
            @Schema(nullable = true) String goalTitle) {
    }

    @Schema(name = "PoolItem", requiredProperties = { "input", "links" })
    public record PoolItem(Input input, List<Target> links) {
    }

    @Schema(name = "OfficialResponseRequest")
    public record ResponseRequest(@NotBlank String fieldOfAction, @Size(max = 120) String goal,
            @NotBlank @Size(max = 200) @PrintableText String title, @NotNull ResponseStatus status,
            @NotBlank @Size(max = 5000) String reason,
            @NotNull @Size(max = 500) List<@Valid @NotNull InputKey> inputs,
            @Schema(description = "Required when updating") Long version) {
    }

    @Schema(name = "OfficialResponse", requiredProperties = { "id", "target", "title", "status", "reason", "inputs",
            "answered", "version", "updatedAt" })
    public record ResponseView(UUID id, Target target, String title, ResponseStatus status, String reason,
            List<InputKey> inputs,
            @Schema(description = "The contributions it answers as the public sees them, in the order of `inputs`; "
                    + "those withdrawn or hidden since are left out") List<Input> answered,
            long version, Instant updatedAt) {
    }

    @Schema(name = "InputGroup", requiredProperties = { "label", "count", "inputs" })
    public record Group(@Schema(nullable = true, description = "Slug of the format or district") String key,
            String label, long count, List<Input> inputs) {
    }

    @Schema(name = "FieldOfActionOutcome", description = "What shaped a field of action, and the city's responses",
            requiredProperties = { "fieldOfAction", "title", "total", "byFormat", "byDistrict", "responses" })
    public record Outcome(String fieldOfAction, String title, long total, List<Group> byFormat,
            List<Group> byDistrict, List<ResponseView> responses) {
    }

    @Schema(name = "InputOutcome", description = "Where one input went: its links and the responses naming it",
            requiredProperties = { "input", "writtenByViewer", "links", "responses" })
    public record InputOutcome(Input input,
            @Schema(description = "The caller's login wrote it (an anonymous author knows it by the deletion token "
                    + "on their device)") boolean writtenByViewer,
            List<Target> links, List<ResponseView> responses) {
    }
}
