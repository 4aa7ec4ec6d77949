package org.mitwirken.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class RegistrationOpeningRepository implements PanacheRepositoryBase<RegistrationOpening, UUID> {

    /** The opening, locked until the transaction ends: whoever takes or gives back a seat waits for the one before. */
    Optional<RegistrationOpening> lock(UUID format) {
        return findByIdOptional(format, LockModeType.PESSIMISTIC_WRITE);
    }
}
