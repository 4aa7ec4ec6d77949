package org.mitwirken.demo;

import java.util.List;
import java.util.stream.IntStream;
import org.mitwirken.common.geo.GeoJson;
import org.mitwirken.district.DistrictRequest;

/**
 * The eight Ortsbezirke walked on 30./31.08.2024. The city's page gives no boundaries: the rectangles around each
 * village centre are illustrative, so that map contributions can be assigned to a district in the demo.
 */
final class InsekDistricts {
    static final List<String> SLUGS = List.of("dansenberg", "einsiedlerhof", "erzhuetten-wiesenthalerhof",
            "erfenbach", "erlenbach", "moelschbach", "morlautern", "siegelbach");
    private static final List<String> NAMES = List.of("Dansenberg", "Einsiedlerhof", "Erzhütten-Wiesenthalerhof",
            "Erfenbach", "Erlenbach", "Mölschbach", "Morlautern", "Siegelbach");

    private static final double[][] CENTRES = { { 7.7200, 49.4160 }, { 7.6600, 49.4380 }, { 7.7680, 49.4080 },
            { 7.7000, 49.4780 }, { 7.7380, 49.4750 }, { 7.7900, 49.3950 }, { 7.7870, 49.4800 }, { 7.6780, 49.4760 } };

    private InsekDistricts() {
    }

    static List<DistrictRequest> all() {
        return IntStream.range(0, SLUGS.size())
                .mapToObj(i -> new DistrictRequest(SLUGS.get(i), NAMES.get(i), GeoJson.rectangle(CENTRES[i][0], CENTRES[i][1], 0.010, 0.007), null))
                .toList();
    }
}
