package org.mitwirken.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mitwirken.common.geo.Point;
import org.mitwirken.map.MapCategory;
import org.mitwirken.map.MapContributionRequest;

/** Named places and generated map contributions around Kaiserslautern (49.44 N, 7.77 E); all illustrative. */
final class InsekMap {
    static final int CONTRIBUTIONS = 150;
    static final Map<String, Point> PLACES = Map.ofEntries(
            Map.entry("Stiftsplatz", new Point(7.7695, 49.4437)),
            Map.entry("Rathaus (Willy-Brandt-Platz)", new Point(7.7701, 49.4449)),
            Map.entry("Hauptbahnhof", new Point(7.7683, 49.4367)),
            Map.entry("Schillerplatz", new Point(7.7668, 49.4431)),
            Map.entry("Volkspark", new Point(7.7530, 49.4380)),
            Map.entry("Japanischer Garten", new Point(7.7838, 49.4443)),
            Map.entry("Gartenschaugelände", new Point(7.7815, 49.4428)),
            Map.entry("Fritz-Walter-Stadion (Betzenberg)", new Point(7.7760, 49.4345)),
            Map.entry("Kaiserpfalz", new Point(7.7721, 49.4459)),
            Map.entry("Pfaffgelände", new Point(7.7480, 49.4420)),
            Map.entry("Humbergturm", new Point(7.7540, 49.4180)),
            Map.entry("Stadtpark", new Point(7.7620, 49.4410)),
            Map.entry("Messeplatz", new Point(7.7840, 49.4470)),
            Map.entry("Universität (RPTU)", new Point(7.7520, 49.4240)),
            Map.entry("Gelterswoog", new Point(7.7100, 49.4180)));
    private static final Map<MapCategory, List<String>> TITLES = Map.of(
            MapCategory.FAVOURITE_PLACE, List.of("Schöner Platz zum Verweilen", "Hier bin ich gern",
                    "Grüne Oase", "Toller Blick über die Stadt", "Treffpunkt mit Freunden"),
            MapCategory.NEEDS_IMPROVEMENT, List.of("Gefährliche Kreuzung", "Radweg endet plötzlich",
                    "Zu wenig Licht am Abend", "Gehweg zu schmal", "Leerstand"),
            MapCategory.IDEA, List.of("Hier fehlt eine Sitzbank", "Trinkbrunnen aufstellen", "Mehr Bäume pflanzen",
                    "Fahrradstellplätze schaffen", "Fläche für Urban Gardening"));

    private InsekMap() {
    }

    /** A point near the centre, where most of the city's places are. */
    static Point nearCentre(Random random) {
        return new Point(7.769 + (random.nextDouble() - 0.5) * 0.04, 49.444 + (random.nextDouble() - 0.5) * 0.024);
    }

    static List<MapContributionRequest> contributions(String format, List<Point> districtCentres, long seed) {
        Random random = new Random(seed);
        List<MapContributionRequest> contributions = new ArrayList<>();
        MapCategory[] categories = MapCategory.values();
        for (int i = 0; i < CONTRIBUTIONS; i++) {
            MapCategory category = categories[random.nextInt(categories.length)];
            List<String> titles = TITLES.get(category);
            Point point = random.nextDouble() < 0.65 || districtCentres.isEmpty() ? nearCentre(random)
                    : jitter(districtCentres.get(random.nextInt(districtCentres.size())), random);
            contributions.add(new MapContributionRequest(format, category, titles.get(random.nextInt(titles.size())),
                    "Beispielbeitrag (illustrativ) aus dem Kartenportal.", point, null, null,
                    "Teilnehmende " + (i + 1)));
        }
        return contributions;
    }

    private static Point jitter(Point centre, Random random) {
        return new Point(centre.lon() + (random.nextDouble() - 0.5) * 0.012,
                centre.lat() + (random.nextDouble() - 0.5) * 0.008);
    }
}
