package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.Point;

/** Named places (squares, parks, streets) to place a contribution by choosing from a list instead of a map. */
@ApplicationScoped
public class MapPlaces {

    @Inject
    EntityManager entityManager;

    @Schema(name = "MapPlace", requiredProperties = { "name", "location" })
    public record Place(String name, Point location) {
    }

    /** Places whose name contains the words typed, case-insensitively; all places when nothing is typed. */
    public List<Place> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select name, longitude, latitude from map_place "
                + "where lower(name) like ?1 order by lower(name) limit ?2").setParameter(1, pattern)
                .setParameter(2, limit).getResultList();
        return rows.stream().map(MapPlaces::place).toList();
    }

    public Optional<Place> byName(String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select name, longitude, latitude from map_place "
                + "where lower(name) = lower(?1)").setParameter(1, name.strip()).getResultList();
        return rows.stream().findFirst().map(MapPlaces::place);
    }

    /** For the demo and imports: adds a place unless one of this name exists. */
    @Transactional
    public void add(String name, Point location) {
        entityManager.createNativeQuery("insert into map_place (id, name, longitude, latitude) values (?1, ?2, ?3, ?4) "
                + "on conflict (name) do nothing").setParameter(1, UUID.randomUUID()).setParameter(2, name)
                .setParameter(3, location.lon()).setParameter(4, location.lat()).executeUpdate();
    }

    private static Place place(Object[] row) {
        return new Place((String) row[0], new Point(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()));
    }
}
