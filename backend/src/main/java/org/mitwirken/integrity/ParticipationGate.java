package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.mitwirken.common.ratelimit.AnonymousWrites;

/**
 * The one place that decides whether someone may take part in a scope (a survey, a voting round), by the scope's
 * integrity mode, and where the contribution counts (online or on site). Every format that counts people goes
 * through it, so a result can be read knowing exactly what each count rests on.
 */
@ApplicationScoped
public class ParticipationGate {

    @Inject
    AnonymousWrites anonymousWrites;

    @Inject
    OnSiteCodes onSiteCodes;

    /** The right someone was let in by, and whether the account had taken part in this scope before. */
    public record Admitted(Admission admission, boolean returning) {
    }

    /**
     * A scope with its mode and the feature's codes and marks for it. {@code repeatable}: in OPEN mode one participant
     * may contribute again and again (survey answers), rather than replace their one contribution (a ballot).
     */
    public record Scope(UUID id, IntegrityMode mode, ParticipationCodes codes, ParticipationMarks marks,
            String description, boolean repeatable) {
    }

    /**
     * Checks the proof the scope's mode needs and uses up the right to take part in the caller's transaction, so a
     * code or mark is spent only if the contribution is stored with it. OPEN: anyone within the rate limit: without
     * login always, with login where contributions repeat rather than replace each other. ONE_PER_ACCOUNT: a login with a verified e-mail address, marked once. PARTICIPATION_CODE:
     * an unused printed code; every attempt counts against the rate limit, so codes cannot be guessed.
     */
    public Admitted admit(Scope scope, Participant who, String code) {
        switch (scope.mode()) {
            case ONE_PER_ACCOUNT -> {
                if (!who.loggedIn()) {
                    throw IntegrityProblems.loginRequired("take part in " + scope.description());
                }
                if (!who.emailVerified()) {
                    throw IntegrityProblems.emailNotVerified();
                }
                return new Admitted(Admission.ACCOUNT, !scope.marks().take(scope.id(), who.subject()));
            }
            case PARTICIPATION_CODE -> {
                if (who.fromClient()) {
                    anonymousWrites.countAnyone();
                }
                if (code == null || code.isBlank()) {
                    throw IntegrityProblems.codeRequired();
                }
                if (!scope.codes().redeem(scope.id(), code)) {
                    throw IntegrityProblems.codeInvalid();
                }
                return new Admitted(Admission.CODE, false);
            }
            default -> {
                if (who.fromClient() && (scope.repeatable() || !who.loggedIn())) {
                    anonymousWrites.countAnyone();
                }
                return new Admitted(who.loggedIn() ? Admission.ACCOUNT : Admission.ANONYMOUS, false);
            }
        }
    }

    /**
     * The server decides the channel: on site only with proof of presence, the code the projector shows (or its
     * predecessor within the grace period) or a printed participation code. A claim without proof is refused, never
     * silently counted online.
     */
    public Channel channel(UUID scope, Admitted admitted, String onSiteCode, boolean claimsOnSite) {
        if (onSiteCode != null && !onSiteCode.isBlank()) {
            switch (onSiteCodes.check(scope, onSiteCode)) {
                case VALID -> {
                    return Channel.ON_SITE;
                }
                case EXPIRED -> throw IntegrityProblems.onSiteCodeExpired();
                default -> throw IntegrityProblems.onSiteCodeInvalid();
            }
        }
        if (admitted.admission() == Admission.CODE) {
            return Channel.ON_SITE;
        }
        if (claimsOnSite) {
            throw IntegrityProblems.onSiteProofRequired();
        }
        return Channel.ONLINE;
    }
}
