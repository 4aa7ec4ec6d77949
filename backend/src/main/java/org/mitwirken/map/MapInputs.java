package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;

@ApplicationScoped
public class MapInputs implements InputSource {

    @Inject
    MapContributionService contributions;

    @Override
    public InputKind kind() {
        return InputKind.MAP_CONTRIBUTION;
    }

    @Override
    public List<Input> published() {
        return inputs(contributions.published(new MapQuery()));
    }

    @Override
    public List<Input> find(Collection<String> refs) {
        return inputs(contributions.published(InputSource.ids(refs)));
    }

    @Override
    public boolean writtenBy(String ref, String account) {
        return account != null && InputSource.ids(List.of(ref)).stream()
                .anyMatch(id -> contributions.get(id, account).writtenByMe());
    }

    @Override
    public Optional<String> author(String ref) {
        return InputSource.ids(List.of(ref)).stream().findFirst().flatMap(contributions::authorOf);
    }

    private static List<Input> inputs(List<MapContributionView> published) {
        return published.stream().map(c -> new Input(InputKind.MAP_CONTRIBUTION, c.id().toString(), c.title(),
                c.text(), c.format(), c.district() == null ? null : c.district().slug(),
                c.createdOn())).toList();
    }
}
