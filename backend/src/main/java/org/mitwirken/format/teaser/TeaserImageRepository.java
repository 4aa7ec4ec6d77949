package org.mitwirken.format.teaser;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Metadata as entities; the bytes by plain SQL in format_teaser_image_content, so lists never load them. */
@ApplicationScoped
public class TeaserImageRepository implements PanacheRepositoryBase<TeaserImage, UUID> {

    /** The images of these formats, in one query for a whole page of formats. */
    public List<TeaserImage> ofFormats(Collection<UUID> formatIds) {
        return formatIds.isEmpty() ? List.of() : list("formatId in ?1", formatIds);
    }

    void storeContent(UUID formatId, byte[] content) {
        getEntityManager().createNativeQuery("insert into format_teaser_image_content (format_id, data) "
                + "values (?1, ?2) on conflict (format_id) do update set data = excluded.data")
                .setParameter(1, formatId).setParameter(2, content).executeUpdate();
    }

    Optional<byte[]> loadContent(UUID formatId) {
        return getEntityManager().createNativeQuery(
                "select data from format_teaser_image_content where format_id = ?1", byte[].class)
                .setParameter(1, formatId).getResultStream().map(byte[].class::cast).findFirst();
    }
}
