package org.mitwirken.comment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.paging.PageResponse;

/** A page of comments; named so the contract can state it next to the list's 404. */
@Schema(name = "CommentPage", requiredProperties = { "items", "page", "size", "total" })
public record CommentPage(List<CommentResponse> items, int page, int size, long total) {

    static CommentPage of(PageResponse<CommentResponse> page) {
        return new CommentPage(page.items(), page.page(), page.size(), page.total());
    }
}
