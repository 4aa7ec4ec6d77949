package org.mitwirken.subscription;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a sign-up or with a link from a subscription mail. */
enum SubscriptionCode implements ProblemCode {
    /** Not an address mail can be sent to. */
    EMAIL_ADDRESS,
    /** A language for mails other than de or en. */
    MAIL_LANGUAGE,
    /** A confirm or unsubscribe link this server did not make, or for a subscription that is gone. */
    MAIL_LINK_INVALID,
    /** An account without an address verified by Keycloak wants to follow: nothing could reach it. */
    FOLLOW_NEEDS_VERIFIED_EMAIL
}
