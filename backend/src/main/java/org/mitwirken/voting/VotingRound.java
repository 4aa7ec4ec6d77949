package org.mitwirken.voting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mitwirken.common.persistence.VersionedEntity;
import org.mitwirken.integrity.IntegrityMode;

/** A dot-voting round on a format: each participant distributes a budget of dots over the items. */
@Entity
@Table(name = "voting_round")
public class VotingRound extends VersionedEntity {
    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    public VotingItemType itemType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voting_item", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id")
    public List<UUID> itemIds = new ArrayList<>();

    @Column(name = "dots_per_participant", nullable = false)
    public int dotsPerParticipant;

    @Column(name = "max_dots_per_item", nullable = false)
    public int maxDotsPerItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "integrity_mode", nullable = false)
    public IntegrityMode integrityMode;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
