package org.mitwirken.common.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Hands every public change to all who listen ({@code @Observes PublicChange}: webhooks, subscription mails), at once
 * and in the transaction of the change, so what they write commits or rolls back with it.
 */
@ApplicationScoped
class PublicChangeBroadcast implements PublicChanges {

    @Inject
    Event<PublicChange> listeners;

    @Override
    public void announce(PublicChange change) {
        listeners.fire(change);
    }
}
