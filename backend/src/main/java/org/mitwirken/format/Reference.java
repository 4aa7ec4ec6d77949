package org.mitwirken.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reference", description = "Slug and title of a related item", requiredProperties = { "slug", "title" })
public record Reference(String slug, String title) {
}
