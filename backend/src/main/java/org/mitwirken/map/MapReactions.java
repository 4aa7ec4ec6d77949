package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.participation.Reactions;

@ApplicationScoped
public class MapReactions extends Reactions {
    MapReactions() {
        super("map_contribution_support", "map_contribution_report", "contribution_id");
    }
}
