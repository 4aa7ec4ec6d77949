package org.mitwirken.opportunity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityPage", requiredProperties = { "items", "page", "size", "total" })
public record OpportunityPage(List<OpportunityResponse> items, int page, int size, long total) {
}
