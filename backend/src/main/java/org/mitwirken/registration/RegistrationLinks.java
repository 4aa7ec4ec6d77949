package org.mitwirken.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.integrity.IntegrityKeys;

/**
 * The cancellation link in registration mails: it proves itself by a keyed check value of its own purpose, so no
 * subscription link can cancel a registration. The page behind it asks for a click first: mail scanners open links.
 */
@ApplicationScoped
class RegistrationLinks {
    private static final String PURPOSE = "CANCEL_REGISTRATION";

    @Inject
    IntegrityKeys keys;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    String token(UUID registration) {
        return keys.linkToken(PURPOSE, registration);
    }

    Optional<UUID> registration(String token) {
        return keys.linkItem(PURPOSE, token);
    }

    /** The SPA page that cancels after a click. */
    String cancelPage(UUID registration) {
        return publicUrl + "/anmeldung/abmelden?token=" + token(registration);
    }

    String formatPage(String slug) {
        return publicUrl + "/formate/" + slug;
    }
}
