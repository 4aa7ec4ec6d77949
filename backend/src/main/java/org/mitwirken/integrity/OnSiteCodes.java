package org.mitwirken.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proof of presence a projector shows at an event: a short code per scope that changes every period. It is
 * computed, not stored (a keyed hash of scope and time step), so every instance knows the same code. The previous
 * code stays valid for a grace period, so whoever scanned just before a change is still counted on site.
 */
@ApplicationScoped
public class OnSiteCodes {
    static final int LENGTH = 6;
    /** How far back an old code is still recognised as expired rather than wrong, for a clearer answer. */
    private static final Duration RECOGNISED = Duration.ofHours(12);

    @ConfigProperty(name = "mitwirken.integrity.on-site-code.period")
    Duration period;

    @ConfigProperty(name = "mitwirken.integrity.on-site-code.grace")
    Duration grace;

    @Inject
    IntegrityKeys keys;

    Clock clock = Clock.systemUTC();

    /** The code the screen shows now, with when it changes and until when it is accepted. */
    public record Shown(String code, Instant changesAt, Instant acceptedUntil) {
    }

    public enum Check {
        VALID,
        EXPIRED,
        UNKNOWN
    }

    public Shown current(UUID scope) {
        long step = step(clock.instant());
        Instant changesAt = start(step + 1);
        return new Shown(code(scope, step), changesAt, changesAt.plus(grace));
    }

    public Check check(UUID scope, String given) {
        String code = given == null ? "" : ParticipationCodes.normalise(given);
        Instant now = clock.instant();
        long step = step(now);
        if (matches(scope, step, code) || (now.isBefore(start(step).plus(grace)) && matches(scope, step - 1, code))) {
            return Check.VALID;
        }
        long recognised = RECOGNISED.dividedBy(period);
        for (long earlier = step - 1; earlier >= step - recognised; earlier--) {
            if (matches(scope, earlier, code)) {
                return Check.EXPIRED;
            }
        }
        return Check.UNKNOWN;
    }

    /** The code the screen showed at a time; for tests of codes that have expired. */
    String codeAt(UUID scope, Instant at) {
        return code(scope, step(at));
    }

    private boolean matches(UUID scope, long step, String code) {
        return MessageDigest.isEqual(code(scope, step).getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII));
    }

    private String code(UUID scope, long step) {
        byte[] bits = keys.onSiteCode(scope, step);
        String alphabet = ParticipationCodes.alphabet();
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(alphabet.charAt(Byte.toUnsignedInt(bits[i]) % alphabet.length()));
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }

    private long step(Instant at) {
        return at.toEpochMilli() / period.toMillis();
    }

    private Instant start(long step) {
        return Instant.ofEpochMilli(step * period.toMillis());
    }
}
