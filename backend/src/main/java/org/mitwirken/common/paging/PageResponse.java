package org.mitwirken.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the zero-based page number, the page size and the total count. */
@Schema(requiredProperties = { "items", "page", "size", "total" })
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
