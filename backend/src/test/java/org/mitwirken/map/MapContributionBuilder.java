package org.mitwirken.map;

import static org.mitwirken.support.TestData.account;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import org.mitwirken.common.Actor;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;

/** Builds map contributions through the service, as a citizen with an account places them; moderators decide. */
public final class MapContributionBuilder {
    private static final Actor AUTHOR = account("map-builder-author");
    private final String format;
    private String title = "Ein Ort";
    private String text = "Beschreibung";

    private MapContributionBuilder(String format) {
        this.format = format;
    }

    public static MapContributionBuilder aContributionIn(String formatSlug) {
        return new MapContributionBuilder(formatSlug);
    }

    public MapContributionBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public MapContributionBuilder saying(String text) {
        this.text = text;
        return this;
    }

    /** The new contribution's id; it is published at once unless the format pre-moderates. */
    public UUID create() {
        return service().create(new MapContributionRequest(format, MapCategory.IDEA, title, text,
                new Point(7.70, 49.40), null, null, null), AUTHOR).contribution().id();
    }

    public static void decide(UUID contribution, ModerationAction decision) {
        service().decide(contribution, new DecisionRequest(decision,
                decision.needsReason() ? "Verstößt gegen Regeln" : null));
    }

    /** The author withdraws it, which deletes it. */
    public static void withdraw(UUID contribution) {
        service().withdraw(contribution, AUTHOR.subject(), null);
    }

    private static MapContributionService service() {
        return CDI.current().select(MapContributionService.class).get();
    }
}
