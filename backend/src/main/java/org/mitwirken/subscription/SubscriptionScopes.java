package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.fieldofaction.FieldOfActionRef;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.process.ProcessRef;
import org.mitwirken.process.ProcessService;

/** What a scope is called and where it is seen, for published scopes only: drafts cannot be followed. */
@ApplicationScoped
class SubscriptionScopes {

    /** A followed scope's title and the path of its public page. */
    record Place(String title, String path) {
    }

    @Inject
    ProcessService processes;

    @Inject
    FormatService formats;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Inject
    DistrictService districts;

    Optional<Place> find(SubscriptionScope scope, String key) {
        return switch (scope) {
            case PROCESS -> processes.findRef(key, false).map(ProcessRef::title).map(title -> new Place(title, "/"));
            case FORMAT -> formats.findRef(key, false).map(FormatRef::title)
                    .map(title -> new Place(title, "/formate/" + key));
            case FIELD_OF_ACTION -> fieldsOfAction.findRef(key, false).map(FieldOfActionRef::title)
                    .map(title -> new Place(title, "/handlungsfelder/" + key));
            case DISTRICT -> districts.findRef(key).map(DistrictRef::name)
                    .map(name -> new Place(name, "/ortsbezirke/" + key));
        };
    }
}
