package org.mitwirken.common.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A feature's share of an account's data: each feature that stores an account reference exports it and erases it.
 * Implementations run inside the caller's transaction.
 */
public interface PersonalData {

    /**
     * The columns whose account references this feature exports and erases; a test holds the schema against them, and
     * the account carry-over and the deleted-login sync find every account through them.
     */
    List<AccountColumn> accountColumns();

    /** The name of this feature's section in the account export. */
    String section();

    /** Everything stored about the account, as JSON-ready records and lists. */
    Object export(String account);

    /**
     * Removes the account from this feature's tables. Contributions are deleted or kept without their author, as the
     * account holder chose; records of staff work (moderation, links, audit) keep the act but lose the name.
     */
    void erase(String account, ErasureMode mode);

    /**
     * Retention after a process was completed: on everything attached to these formats, no contribution, support,
     * ballot or answer mark may lead back to a person any longer. Contributions are deleted or kept without author.
     */
    void retire(Set<UUID> formats, ErasureMode contributions);
}
