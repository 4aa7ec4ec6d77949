package org.mitwirken.subscription;

import org.mitwirken.common.problem.ProblemCode;

/** Why a newsletter cannot go out. */
enum NewsletterCode implements ProblemCode {
    /** A test send goes to one's own address, and the login has none. */
    NO_ADDRESS_FOR_TEST,
    /** This newsletter, word for word, went to the process's followers already. */
    NEWSLETTER_SENT_ALREADY
}
