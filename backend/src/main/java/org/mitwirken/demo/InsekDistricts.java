package org.mitwirken.demo;

import java.util.List;
import java.util.stream.IntStream;
import org.mitwirken.district.DistrictRequest;

/** The eight Ortsbezirke walked on 30./31.08.2024; the city's page gives no boundaries. */
final class InsekDistricts {
    static final List<String> SLUGS = List.of("dansenberg", "einsiedlerhof", "erzhuetten-wiesenthalerhof",
            "erfenbach", "erlenbach", "moelschbach", "morlautern", "siegelbach");
    private static final List<String> NAMES = List.of("Dansenberg", "Einsiedlerhof", "Erzhütten-Wiesenthalerhof",
            "Erfenbach", "Erlenbach", "Mölschbach", "Morlautern", "Siegelbach");

    private InsekDistricts() {
    }

    static List<DistrictRequest> all() {
        return IntStream.range(0, SLUGS.size())
                .mapToObj(i -> new DistrictRequest(SLUGS.get(i), NAMES.get(i), null, null)).toList();
    }
}
