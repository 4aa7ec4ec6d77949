package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

@ApplicationScoped
public class MapPersonalData implements PersonalData {

    public record WrittenContribution(UUID id, UUID formatId, MapCategory category, String title, String text,
            Double longitude, Double latitude, String placeName, String authorName, ModerationState state,
            Instant createdAt) {
    }

    public record MapData(List<WrittenContribution> written, List<UUID> supported) {
    }

    @Inject
    MapContributionRepository repository;

    @Inject
    MapReactions reactions;

    @Inject
    MapContributionService service;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of(AccountColumn.of("map_contribution", "author_subject"), reactions.supporterColumn());
    }

    @Override
    public String section() {
        return "mapContributions";
    }

    @Override
    public MapData export(String account) {
        return new MapData(repository.list("authorSubject = ?1 order by createdAt, id", account).stream()
                .map(c -> new WrittenContribution(c.id, c.formatId, c.category, c.title, c.text, c.longitude,
                        c.latitude, c.placeName, c.authorName, c.state, c.createdAt)).toList(),
                reactions.supportedItems(account));
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        if (mode == ErasureMode.DELETE) {
            repository.delete("authorSubject", account);
        } else {
            repository.update("authorSubject = null, authorName = ?1, anonymous = true where authorSubject = ?2",
                    ErasureMode.ERASED_NAME, account);
        }
        reactions.eraseSupports(account, mode);
    }

    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
        if (formats.isEmpty()) {
            return;
        }
        reactions.retireSupportsOn(service.idsInFormats(formats));
        if (contributions == ErasureMode.DELETE) {
            repository.delete("formatId in ?1", formats);
        } else {
            repository.update("authorSubject = null, authorName = ?1, anonymous = true, deletionTokenHash = null "
                    + "where formatId in ?2", ErasureMode.ERASED_NAME, formats);
        }
    }
}
