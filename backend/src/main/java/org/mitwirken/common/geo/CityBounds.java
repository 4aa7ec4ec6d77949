package org.mitwirken.common.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.problem.Violation;

/** The rectangle around the city; points outside it are refused wherever citizens place something on the map. */
@ApplicationScoped
public class CityBounds {
    private final double west;
    private final double south;
    private final double east;
    private final double north;

    public CityBounds(@ConfigProperty(name = "mitwirken.city.bounds") List<Double> bounds) {
        if (bounds.size() != 4 || bounds.get(0) >= bounds.get(2) || bounds.get(1) >= bounds.get(3)) {
            throw new IllegalArgumentException("mitwirken.city.bounds must be west,south,east,north");
        }
        this.west = bounds.get(0);
        this.south = bounds.get(1);
        this.east = bounds.get(2);
        this.north = bounds.get(3);
    }

    public boolean contains(Point point) {
        return point.lon() >= west && point.lon() <= east && point.lat() >= south && point.lat() <= north;
    }

    /** west, south, east, north, as in a GeoJSON bbox. */
    public List<Double> asList() {
        return List.of(west, south, east, north);
    }

    /** The violation of a point at {@code field} that lies outside, with the rectangle as its arguments. */
    public Violation outside(String field) {
        return new Violation(field, GeoCode.OUTSIDE_CITY, Map.of("west", west, "south", south, "east", east,
                "north", north));
    }
}
