package org.mitwirken.comment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionLogPage", requiredProperties = { "items", "page", "size", "total" })
public record DecisionLogPage(List<DecisionLogEntry> items, int page, int size, long total) {
}
