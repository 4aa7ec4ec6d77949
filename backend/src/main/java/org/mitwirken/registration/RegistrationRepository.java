package org.mitwirken.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {
    /** Seats first, then the waiting list, each in the order they came in. */
    private static final String IN_ORDER = " order by status, seq";

    Optional<Registration> findByAddress(UUID format, String email) {
        return find("formatId = ?1 and email = ?2", format, email).firstResultOptional();
    }

    long count(UUID format, RegistrationStatus status) {
        return count("formatId = ?1 and status = ?2", format, status);
    }

    Optional<Registration> firstWaiting(UUID format) {
        return find("formatId = ?1 and status = ?2 order by seq", format, RegistrationStatus.WAITING)
                .firstResultOptional();
    }

    List<Registration> page(UUID format, int page, int size) {
        return find("formatId = ?1" + IN_ORDER, format).page(Page.of(page, size)).list();
    }

    List<Registration> all(UUID format) {
        return list("formatId = ?1" + IN_ORDER, format);
    }

    List<Registration> ofAccount(String account) {
        return list("accountSubject = ?1 order by createdAt, seq", account);
    }

    /** The formats that still hold registrations. */
    List<UUID> formatsWithRegistrations() {
        return getEntityManager().createQuery("select distinct r.formatId from Registration r", UUID.class)
                .getResultList();
    }

    List<UUID> idsIn(Collection<UUID> formats) {
        return getEntityManager().createQuery("select r.id from Registration r where r.formatId in :formats",
                UUID.class).setParameter("formats", formats).getResultList();
    }

    /**
     * Keeps the number of confirmed registrations per day they were made (added to what an earlier run kept), then
     * deletes the registrations themselves.
     */
    void tallyAndDelete(Collection<UUID> formats) {
        getEntityManager().createNativeQuery("insert into registration_tally (format_id, day, confirmed) "
                + "select format_id, cast(created_at at time zone 'Europe/Berlin' as date), count(*) from registration "
                + "where status = 'CONFIRMED' and format_id in (:formats) group by 1, 2 on conflict (format_id, day) "
                + "do update set confirmed = registration_tally.confirmed + excluded.confirmed")
                .setParameter("formats", formats).executeUpdate();
        delete("formatId in ?1", formats);
    }
}
