package org.mitwirken.common.privacy;

/** What becomes of an account holder's public contributions when their data is erased. */
public enum ErasureMode {
    /** Contributions are removed; replies by others stay readable under an emptied parent. */
    DELETE,
    /** Contributions stay, without account and name, like an anonymous contribution. */
    ANONYMISE;

    /** The name shown instead of an erased author's or staff member's name. */
    public static final String ERASED_NAME = "Gelöschtes Konto";

    /** SQL for a participant no one can be traced to, new per row, so counts of supports and ballots stay right. */
    public static final String ERASED_PARTICIPANT_SQL = "'erased:' || gen_random_uuid()";
}
