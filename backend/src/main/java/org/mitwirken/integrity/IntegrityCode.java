package org.mitwirken.integrity;

import org.mitwirken.common.problem.ProblemCode;

/**
 * Why taking part is refused. Those that clients switch on are also refined problem types of the same name
 * ({@code urn:mitwirken:problem:email-not-verified}).
 */
enum IntegrityCode implements ProblemCode {
    /** One per account: log in to take part. */
    LOGIN_TO_TAKE_PART,
    /** Confirm the e-mail address with the link of the registration mail, then log in again. */
    EMAIL_NOT_VERIFIED,
    /** Enter the participation code printed on the slip. */
    PARTICIPATION_CODE_REQUIRED,
    /** The participation code is unknown or used. */
    PARTICIPATION_CODE_INVALID,
    /** The code from the screen has changed meanwhile: scan it again. */
    ON_SITE_CODE_EXPIRED,
    /** Not the code shown on the screen: scan it again. */
    ON_SITE_CODE_INVALID,
    /** On site counts only with the screen's code or a printed participation code. */
    ON_SITE_PROOF_REQUIRED,
    /** A device token this server did not issue; send the request without it to receive one. */
    DEVICE_TOKEN_INVALID,
    /** This account has taken part here already, also if its data was erased since. */
    ALREADY_TAKEN_PART,
    /** Codes for something that does not use participation codes. */
    CODES_NOT_USED,
    /** A code that was not issued here. */
    CODE_NOT_ISSUED_HERE
}
