package org.mitwirken.integrity;

import java.util.Map;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemException.Refinement;
import org.mitwirken.common.problem.ProblemType;

/** What is missing when taking part is refused; each has a stable type a client can switch on. */
public final class IntegrityProblems {
    private IntegrityProblems() {
    }

    static ProblemException loginRequired() {
        return new ProblemException(ProblemType.UNAUTHORIZED, IntegrityCode.LOGIN_TO_TAKE_PART);
    }

    static ProblemException emailNotVerified() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.EMAIL_NOT_VERIFIED);
    }

    static ProblemException codeRequired() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.PARTICIPATION_CODE_REQUIRED);
    }

    static ProblemException codeInvalid() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.PARTICIPATION_CODE_INVALID);
    }

    static ProblemException onSiteCodeExpired() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.ON_SITE_CODE_EXPIRED);
    }

    static ProblemException onSiteCodeInvalid() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.ON_SITE_CODE_INVALID);
    }

    static ProblemException onSiteProofRequired() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.ON_SITE_PROOF_REQUIRED);
    }

    static ProblemException deviceTokenInvalid() {
        return refused(ProblemType.FORBIDDEN, IntegrityCode.DEVICE_TOKEN_INVALID);
    }

    /** Also after the account's data was erased: erasure never restores a right to take part. */
    public static ProblemException alreadyTakenPart() {
        return refused(ProblemType.CONFLICT, IntegrityCode.ALREADY_TAKEN_PART);
    }

    /** A refined type of the code's name, with the code as its detail. */
    private static ProblemException refused(ProblemType type, IntegrityCode code) {
        return new ProblemException(type, new Refinement(code), code, Map.of());
    }
}
