package org.mitwirken.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewsletterPage", requiredProperties = { "items", "page", "size", "total" })
public record NewsletterPage(List<NewsletterResponse> items, int page, int size, long total) {
}
