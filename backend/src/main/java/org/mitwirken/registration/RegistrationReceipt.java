package org.mitwirken.registration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of a registration: a seat, or a place on the waiting list. A mail says the same. */
@Schema(name = "RegistrationReceipt", requiredProperties = "status")
public record RegistrationReceipt(RegistrationStatus status) {
}
