package org.mitwirken.integrity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mitwirken.common.Hashes;

/**
 * Single-use codes handed out on paper, in a feature's own table (scope column, {@code code_hash}, {@code used}).
 * Only keyed hashes are kept, and a used code is only flagged: no time, no reference, so the database cannot tell
 * what a code unlocked. Table and column names are constants of the subclass, never input.
 */
public abstract class ParticipationCodes {
    /** No 0/O, 1/I/L: codes are typed from paper. 10 characters of 31 give about 50 bits. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    /** Hashes stored before they were keyed: plain SHA-256, carried over by {@link #keyLegacyHashes()}. */
    private static final String LEGACY_PREFIX = "sha256:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String table;
    private final String scope;

    @Inject
    EntityManager entityManager;

    @Inject
    IntegrityKeys keys;

    protected ParticipationCodes(String table, String scopeColumn) {
        this.table = table;
        this.scope = scopeColumn;
    }

    /**
     * New codes in the order they are printed; they are stored in another, shuffled order, so that a row's physical
     * place does not tell its position on the sheet (and so who got it, where slips are handed out in order).
     */
    @Transactional
    public List<String> generate(UUID scopeId, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(newCode());
        }
        List<String> stored = new ArrayList<>(codes);
        Collections.shuffle(stored, RANDOM);
        for (String code : stored) {
            entityManager.createNativeQuery("insert into " + table + " (" + scope + ", code_hash) values (?1, ?2)")
                    .setParameter(1, scopeId).setParameter(2, hash(code)).executeUpdate();
        }
        return codes;
    }

    /** True exactly once per code, however many requests race for it; runs in the caller's transaction. */
    public boolean redeem(UUID scopeId, String code) {
        return entityManager.createNativeQuery("update " + table + " set used = true where " + scope + " = ?1 "
                + "and code_hash = ?2 and not used").setParameter(1, scopeId).setParameter(2, hash(code))
                .executeUpdate() == 1;
    }

    public boolean exists(UUID scopeId, String code) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where " + scope
                + " = ?1 and code_hash = ?2").setParameter(1, scopeId).setParameter(2, hash(code))
                .getSingleResult()).intValue() == 1;
    }

    /** Keys the hashes stored before codes were keyed; those match no code until then. */
    @Transactional
    public int keyLegacyHashes() {
        @SuppressWarnings("unchecked")
        List<String> legacy = entityManager.createNativeQuery("select code_hash from " + table
                + " where code_hash like '" + LEGACY_PREFIX + "%'").getResultList();
        for (String stored : legacy) {
            entityManager.createNativeQuery("update " + table + " set code_hash = ?1 where code_hash = ?2")
                    .setParameter(1, keys.codeHash(stored.substring(LEGACY_PREFIX.length())))
                    .setParameter(2, stored).executeUpdate();
        }
        return legacy.size();
    }

    /** Codes are read from paper: case, spaces and hyphens do not matter. */
    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private String hash(String code) {
        return keys.codeHash(Hashes.sha256Hex(normalise(code)));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String alphabet() {
        return ALPHABET;
    }
}
