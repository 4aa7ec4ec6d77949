package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.format.Reference;

/** Who hears of something in a format: followers of the format, its fields of action, its districts and its process. */
@ApplicationScoped
class FollowedScopes {

    @Inject
    FormatService formats;

    static Map<SubscriptionScope, List<String>> aroundFormat(FormatResponse format) {
        return Map.of(
                SubscriptionScope.FORMAT, List.of(format.slug()),
                SubscriptionScope.FIELD_OF_ACTION, format.fieldsOfAction().stream().map(Reference::slug).toList(),
                SubscriptionScope.DISTRICT, format.districts().stream().map(Reference::slug).toList(),
                SubscriptionScope.PROCESS, List.of(format.process().slug()));
    }

    /** The scopes around a format the public sees; none for a draft or a format of a draft process. */
    Optional<Map<SubscriptionScope, List<String>>> aroundFormat(String formatSlug) {
        return formats.findRef(formatSlug, false).flatMap(ref -> publicFormat(ref.id()))
                .map(FollowedScopes::aroundFormat);
    }

    Optional<FormatResponse> publicFormat(UUID formatId) {
        return Optional.ofNullable(formats.publicResponses(List.of(formatId)).get(formatId));
    }
}
