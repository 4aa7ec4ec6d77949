package org.mitwirken.integrity;

import org.mitwirken.common.problem.ProblemException.Refinement;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/** What is missing when taking part is refused; each has a stable type a client can switch on. */
public final class IntegrityProblems {
    static final Refinement EMAIL_NOT_VERIFIED = new Refinement("email-not-verified",
            "The account's e-mail address is not verified");
    static final Refinement CODE_REQUIRED = new Refinement("participation-code-required",
            "A participation code is required");
    static final Refinement CODE_INVALID = new Refinement("participation-code-invalid",
            "The participation code is unknown or used");
    static final Refinement ON_SITE_CODE_EXPIRED = new Refinement("on-site-code-expired",
            "The on-site code has expired");
    static final Refinement ON_SITE_CODE_INVALID = new Refinement("on-site-code-invalid",
            "The on-site code is not valid");
    static final Refinement ON_SITE_PROOF_REQUIRED = new Refinement("on-site-proof-required",
            "Being on site needs proof");
    static final Refinement DEVICE_TOKEN_INVALID = new Refinement("device-token-invalid",
            "The device token is not valid");
    static final Refinement ALREADY_TAKEN_PART = new Refinement("already-taken-part",
            "This account has taken part already");

    private IntegrityProblems() {
    }

    static ProblemException loginRequired(String toDoWhat) {
        return new ProblemException(ProblemType.UNAUTHORIZED, "Log in to " + toDoWhat + ".");
    }

    static ProblemException emailNotVerified() {
        return new ProblemException(ProblemType.FORBIDDEN, EMAIL_NOT_VERIFIED, "Confirm your e-mail address with "
                + "the link in the mail you received at registration, then log in again.");
    }

    static ProblemException codeRequired() {
        return new ProblemException(ProblemType.FORBIDDEN, CODE_REQUIRED, "Enter the participation code printed "
                + "on the slip you received.");
    }

    static ProblemException codeInvalid() {
        return new ProblemException(ProblemType.FORBIDDEN, CODE_INVALID, "This participation code is unknown or "
                + "has been used already.");
    }

    static ProblemException onSiteCodeExpired() {
        return new ProblemException(ProblemType.FORBIDDEN, ON_SITE_CODE_EXPIRED, "The code from the screen has "
                + "changed meanwhile: scan the code on the screen again.");
    }

    static ProblemException onSiteCodeInvalid() {
        return new ProblemException(ProblemType.FORBIDDEN, ON_SITE_CODE_INVALID, "This is not the code shown on "
                + "the screen: scan the code on the screen again.");
    }

    static ProblemException onSiteProofRequired() {
        return new ProblemException(ProblemType.FORBIDDEN, ON_SITE_PROOF_REQUIRED, "On site counts only with the "
                + "code shown on the screen or a printed participation code; send `onSiteCode` or leave out "
                + "`channel`.");
    }

    /** Also after the account's data was erased: erasure never restores a right to take part. */
    public static ProblemException alreadyTakenPart(String inWhat) {
        return new ProblemException(ProblemType.CONFLICT, ALREADY_TAKEN_PART, "This account has taken part in "
                + inWhat + " already.");
    }
}
