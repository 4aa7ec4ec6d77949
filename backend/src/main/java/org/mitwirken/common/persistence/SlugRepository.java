package org.mitwirken.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;

/** Lookups for entities addressed by a unique {@code slug}. */
public interface SlugRepository<T> extends PanacheRepositoryBase<T, UUID> {

    default Optional<T> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    default boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** The slug of a new item: the requested one if free (taken: 409), else one derived from the title. */
    default String slugForNew(String requested, String title) {
        return requested != null ? requireFree(requested) : Slugs.firstFree(title, this::slugTaken);
    }

    /** The slug after an update: the current one, or the requested one if it differs and is free. */
    default String slugForUpdate(String current, String requested) {
        return requested == null || requested.equals(current) ? current : requireFree(requested);
    }

    private String requireFree(String slug) {
        if (slugTaken(slug)) {
            throw ProblemException.conflict(GeneralCode.SLUG_TAKEN, Map.of("slug", slug));
        }
        return slug;
    }
}
