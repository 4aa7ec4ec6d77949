package org.mitwirken.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPage", requiredProperties = { "items", "page", "size", "total" })
public record WebhookPage(List<WebhookResponse> items, int page, int size, long total) {
}
