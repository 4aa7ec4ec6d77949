package org.mitwirken.common.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/** Who may withdraw a contribution: its author by login, or whoever holds the deletion token of an anonymous one. */
public final class Authorship {
    private Authorship() {
    }

    public static void requireAuthor(String account, String authorSubject, String deletionToken, String tokenHash) {
        boolean byAccount = account != null && account.equals(authorSubject);
        // Compared in constant time, so response times do not reveal how much of a guessed token was right.
        boolean byToken = deletionToken != null && tokenHash != null
                && MessageDigest.isEqual(Hashes.sha256Hex(deletionToken).getBytes(StandardCharsets.US_ASCII),
                        tokenHash.getBytes(StandardCharsets.US_ASCII));
        if (!byAccount && !byToken) {
            throw new ProblemException(ProblemType.FORBIDDEN, ParticipationCode.NOT_THE_AUTHOR);
        }
    }
}
