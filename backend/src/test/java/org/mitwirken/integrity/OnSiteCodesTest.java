package org.mitwirken.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("On-site codes: the projector's proof of presence")
class OnSiteCodesTest {
    private static final UUID ROUND = UUID.randomUUID();
    private static final Instant START = Instant.parse("2024-11-13T18:00:00Z");

    private static OnSiteCodes codesAt(Instant now, String secret) {
        OnSiteCodes codes = new OnSiteCodes();
        codes.keys = IntegrityKeysTest.keys(secret);
        codes.period = Duration.ofMinutes(5);
        codes.grace = Duration.ofMinutes(3);
        codes.clock = Clock.fixed(now, ZoneOffset.UTC);
        return codes;
    }

    @Test
    @DisplayName("the code shown now is accepted, in any case, and says when it changes and until when it counts")
    void currentCode() {
        OnSiteCodes codes = codesAt(START.plusSeconds(60), "secret");
        OnSiteCodes.Shown shown = codes.current(ROUND);
        assertEquals(6, shown.code().length());
        assertEquals(START.plus(Duration.ofMinutes(5)), shown.changesAt());
        assertEquals(START.plus(Duration.ofMinutes(8)), shown.acceptedUntil());
        assertEquals(OnSiteCodes.Check.VALID, codes.check(ROUND, shown.code()));
        assertEquals(OnSiteCodes.Check.VALID, codes.check(ROUND, " " + shown.code().toLowerCase(Locale.ROOT)));
    }

    @Test
    @DisplayName("the code changes every period; the previous one counts for the grace time after the change")
    void graceAfterChange() {
        String before = codesAt(START.plusSeconds(60), "secret").current(ROUND).code();
        OnSiteCodes inGrace = codesAt(START.plus(Duration.ofMinutes(7)), "secret");
        assertNotEquals(before, inGrace.current(ROUND).code());
        assertEquals(OnSiteCodes.Check.VALID, inGrace.check(ROUND, before));
        OnSiteCodes afterGrace = codesAt(START.plus(Duration.ofMinutes(8)).plusSeconds(1), "secret");
        assertEquals(OnSiteCodes.Check.EXPIRED, afterGrace.check(ROUND, before));
    }

    @Test
    @DisplayName("an hour-old code is recognised as expired, a made-up or another round's code as wrong")
    void expiredOrWrong() {
        OnSiteCodes codes = codesAt(START.plus(Duration.ofHours(1)), "secret");
        assertEquals(OnSiteCodes.Check.EXPIRED, codes.check(ROUND, codes.codeAt(ROUND, START)));
        assertEquals(OnSiteCodes.Check.UNKNOWN, codes.check(ROUND, "AAAAAA"));
        assertEquals(OnSiteCodes.Check.UNKNOWN, codes.check(ROUND, codes.current(UUID.randomUUID()).code()));
        assertEquals(OnSiteCodes.Check.UNKNOWN, codes.check(ROUND, null));
    }

    @Test
    @DisplayName("codes follow from the server's secret: another secret gives other codes")
    void keyedBySecret() {
        assertNotEquals(codesAt(START, "secret").current(ROUND).code(), codesAt(START, "other").current(ROUND).code());
        assertTrue(codesAt(START, "secret").current(ROUND).code().chars()
                .allMatch(c -> ParticipationCodes.alphabet().indexOf(c) >= 0));
    }
}
