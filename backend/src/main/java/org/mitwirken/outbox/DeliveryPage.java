package org.mitwirken.outbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryPage", requiredProperties = { "items", "page", "size", "total" })
public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
}
