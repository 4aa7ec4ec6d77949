package org.mitwirken.common.synthesis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** A feature's published input, for planners to link to fields of action and for "what became of it". */
public interface InputSource {

    InputKind kind();

    /** Everything public of this kind: moderated, not withdrawn, on public items. */
    List<Input> published();

    /**
     * The public inputs among these refs; refs naming nothing public are left out. Sources with many inputs look
     * them up by id, so a public page never reads the whole pool.
     */
    default List<Input> find(Collection<String> refs) {
        Set<String> wanted = Set.copyOf(refs);
        return published().stream().filter(input -> wanted.contains(input.ref())).toList();
    }

    default Optional<Input> find(String ref) {
        return find(List.of(ref)).stream().findFirst();
    }

    /** Whether this account (a subject) wrote the input; input of no account (answers, findings) was written by none. */
    default boolean writtenBy(String ref, String account) {
        return false;
    }

    /** The subject of the account that wrote the input, to tell it when the city answers; none for anonymous input. */
    default Optional<String> author(String ref) {
        return Optional.empty();
    }

    /** The refs that are ids; the others name nothing in a source whose refs are ids. */
    static List<UUID> ids(Collection<String> refs) {
        return refs.stream().flatMap(ref -> {
            try {
                return Stream.of(UUID.fromString(ref));
            } catch (IllegalArgumentException notAnId) {
                return Stream.empty();
            }
        }).distinct().toList();
    }
}
