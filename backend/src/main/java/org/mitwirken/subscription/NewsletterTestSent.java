package org.mitwirken.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewsletterTestSent", requiredProperties = { "to" })
public record NewsletterTestSent(@Schema(description = "The staff member's own address it went to") String to) {
}
