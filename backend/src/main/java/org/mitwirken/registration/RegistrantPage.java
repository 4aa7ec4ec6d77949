package org.mitwirken.registration;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the registrants: seats first, then the waiting list, each in the order they came in. */
@Schema(name = "RegistrantPage", requiredProperties = { "items", "page", "size", "total" })
public record RegistrantPage(List<Registrant> items, int page, int size, long total) {
}
