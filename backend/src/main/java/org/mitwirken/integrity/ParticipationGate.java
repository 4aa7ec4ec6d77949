package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.ratelimit.AnonymousWrites;

/**
 * The one place that decides whether someone may take part in a scope (a survey, a voting round), by the scope's
 * integrity mode, and where the contribution counts (online or on site). Every format that counts people goes
 * through it, so a result can be read knowing exactly what each count rests on.
 */
@ApplicationScoped
public class ParticipationGate {
    private static final String ON_SITE_LANE = "on-site";

    @Inject
    AnonymousWrites anonymousWrites;

    @Inject
    OnSiteCodes onSiteCodes;

    /** A crowd at an event often shares one network address; proven presence gets this allowance per address. */
    @ConfigProperty(name = "mitwirken.integrity.on-site-writes")
    int onSiteWrites;

    /**
     * The right someone was let in by, where the contribution counts, and whether the account had taken part in this
     * scope before.
     */
    public record Admitted(Admission admission, Channel channel, boolean returning) {
    }

    /**
     * A scope with its mode and the feature's codes and marks for it. {@code repeatable}: in OPEN mode one participant
     * may contribute again and again (survey answers), rather than replace their one contribution (a ballot).
     */
    public record Scope(UUID id, IntegrityMode mode, ParticipationCodes codes, ParticipationMarks marks,
            boolean repeatable) {
    }

    /**
     * What the participant brings: a printed participation code, the on-site code from the projector, and whether
     * they claim to be on site (a claim alone proves nothing).
     */
    public record Proof(String code, String onSiteCode, boolean claimsOnSite) {
        public static Proof code(String code) {
            return new Proof(code, null, false);
        }
    }

    /**
     * Checks the proof the scope's mode needs and uses up the right to take part in the caller's transaction, so a
     * code or mark is spent only if the contribution is stored with it. OPEN: anyone within the rate limit: without
     * login always, with login where contributions repeat rather than replace each other; with the projector's code
     * in a larger allowance of its own. ONE_PER_ACCOUNT: a login with a verified e-mail address, marked once.
     * PARTICIPATION_CODE: an unused printed code; every attempt counts against the rate limit, so codes cannot be
     * guessed. The server decides the channel: on site only with the projector's code (or its predecessor within the
     * grace period) or a printed code; a claim without proof is refused, never silently counted online.
     */
    public Admitted admit(Scope scope, Participant who, Proof proof) {
        boolean provenOnSite = onSite(scope.id(), who, proof.onSiteCode());
        Admitted admitted = switch (scope.mode()) {
            case ONE_PER_ACCOUNT -> {
                if (!who.loggedIn()) {
                    throw IntegrityProblems.loginRequired();
                }
                if (!who.emailVerified()) {
                    throw IntegrityProblems.emailNotVerified();
                }
                yield new Admitted(Admission.ACCOUNT, channel(provenOnSite),
                        !scope.marks().take(scope.id(), who.subject()));
            }
            case PARTICIPATION_CODE -> {
                if (who.fromClient()) {
                    anonymousWrites.countAnyone();
                }
                if (proof.code() == null || proof.code().isBlank()) {
                    throw IntegrityProblems.codeRequired();
                }
                if (!scope.codes().redeem(scope.id(), proof.code())) {
                    throw IntegrityProblems.codeInvalid();
                }
                yield new Admitted(Admission.CODE, Channel.ON_SITE, false);
            }
            default -> {
                if (who.fromClient() && (scope.repeatable() || !who.loggedIn())) {
                    if (provenOnSite) {
                        anonymousWrites.countInLane(ON_SITE_LANE, onSiteWrites);
                    } else {
                        anonymousWrites.countAnyone();
                    }
                }
                yield new Admitted(who.loggedIn() ? Admission.ACCOUNT : Admission.ANONYMOUS, channel(provenOnSite),
                        false);
            }
        };
        if (proof.claimsOnSite() && admitted.channel() != Channel.ON_SITE) {
            throw IntegrityProblems.onSiteProofRequired();
        }
        return admitted;
    }

    /** A wrong or expired on-site code counts against the rate limit like any write, so codes cannot be guessed. */
    private boolean onSite(UUID scope, Participant who, String onSiteCode) {
        if (onSiteCode == null || onSiteCode.isBlank()) {
            return false;
        }
        OnSiteCodes.Check check = onSiteCodes.check(scope, onSiteCode);
        if (check == OnSiteCodes.Check.VALID) {
            return true;
        }
        if (who.fromClient()) {
            anonymousWrites.countAnyone();
        }
        throw check == OnSiteCodes.Check.EXPIRED ? IntegrityProblems.onSiteCodeExpired()
                : IntegrityProblems.onSiteCodeInvalid();
    }

    private static Channel channel(boolean provenOnSite) {
        return provenOnSite ? Channel.ON_SITE : Channel.ONLINE;
    }
}
