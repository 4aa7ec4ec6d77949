package org.mitwirken.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses for calendars and feeds, which are read outside the web app. The API answers under the same
 * origin as the web app ({@code mitwirken.public-url}), so both kinds of address start there.
 */
@ApplicationScoped
class PublicAddresses {

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    String page(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }

    String format(String slug) {
        return page("/formate/" + slug);
    }
}
