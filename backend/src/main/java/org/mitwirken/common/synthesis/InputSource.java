package org.mitwirken.common.synthesis;

import java.util.List;
import java.util.Optional;

/** A feature's published input, for planners to link to fields of action and for "what became of it". */
public interface InputSource {

    InputKind kind();

    /** Everything public of this kind: moderated, not withdrawn, on public items. */
    List<Input> published();

    default Optional<Input> find(String ref) {
        return published().stream().filter(input -> input.ref().equals(ref)).findFirst();
    }
}
