package org.mitwirken.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Optional;
import java.util.UUID;

/** Lookups for entities addressed by a unique {@code slug}. */
public interface SlugRepository<T> extends PanacheRepositoryBase<T, UUID> {

    default Optional<T> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    default boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }
}
