package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mitwirken.common.Hashes;

/**
 * Single-use codes for surveys handed out on paper. Only hashes are kept, and a used code is only flagged: no time,
 * no reference, so the database cannot tell which answers a code unlocked.
 */
@ApplicationScoped
public class ParticipationCodes {
    /** No 0/O, 1/I/L: codes are typed from paper. 10 characters of 31 give about 50 bits. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Transactional
    public List<String> generate(UUID survey, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = newCode();
            entityManager.createNativeQuery("insert into survey_code (survey_id, code_hash) values (?1, ?2)")
                    .setParameter(1, survey).setParameter(2, hash(code)).executeUpdate();
            codes.add(code);
        }
        return codes;
    }

    /** True exactly once per code, however many requests race for it. */
    public boolean redeem(UUID survey, String code) {
        return entityManager.createNativeQuery("update survey_code set used = true "
                + "where survey_id = ?1 and code_hash = ?2 and not used")
                .setParameter(1, survey).setParameter(2, hash(code)).executeUpdate() == 1;
    }

    public boolean exists(UUID survey, String code) {
        return ((Number) entityManager.createNativeQuery("select count(*) from survey_code "
                + "where survey_id = ?1 and code_hash = ?2").setParameter(1, survey).setParameter(2, hash(code))
                .getSingleResult()).intValue() == 1;
    }

    /** Codes are read from paper: case, spaces and hyphens do not matter. */
    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String code) {
        return Hashes.sha256Hex(normalise(code));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
