package org.mitwirken.map;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.paging.PageResponse;

@Schema(name = "MapContributionPage", requiredProperties = { "items", "page", "size", "total" })
public record MapContributionPage(List<MapContributionView> items, int page, int size, long total) {

    static MapContributionPage of(PageResponse<MapContributionView> page) {
        return new MapContributionPage(page.items(), page.page(), page.size(), page.total());
    }
}
