package org.mitwirken.integrity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.mitwirken.common.Viewer;

/** The participant behind the current request. */
@RequestScoped
public class Participants {

    @Inject
    Viewer viewer;

    public Participant current() {
        String subject = viewer.account();
        return subject == null ? Participant.ANONYMOUS : Participant.account(subject, viewer.emailVerified());
    }
}
