package org.mitwirken.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.synthesis.InputKind;

/** Names one input: its kind and its reference within the kind. */
@Embeddable
@Schema(name = "InputKey", requiredProperties = { "kind", "ref" })
public record InputKey(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "input_kind") InputKind kind,
        @NotBlank @Size(max = 80) @Column(name = "input_ref") String ref) {
}
