package org.mitwirken.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;

/**
 * Replaces an ordered child list (phases, goals) with the one an admin sent. A child whose slug stays keeps its
 * identity, so whatever refers to it (formats on a phase, comments on a goal) stays attached.
 */
public final class OrderedChildren {

    /** Copies one requested child onto its entity; adds violations instead of throwing. */
    @FunctionalInterface
    public interface Update<E, R> {
        void apply(E child, R request, String slug, int position, String path, List<Violation> violations);
    }

    private OrderedChildren() {
    }

    public static <E, R> void replace(List<E> children, Function<E, String> slugOf, List<R> requested,
            Function<R, String> requestedSlug, Function<R, String> requestedTitle, String field, Supplier<E> create,
            Update<E, R> update) {
        Map<String, E> current = children.stream().collect(Collectors.toMap(slugOf, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<E> replaced = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            R request = requested.get(i);
            String path = field + "[" + i + "]";
            String slug = requestedSlug.apply(request) != null ? requestedSlug.apply(request)
                    : Slugs.fromTitle(requestedTitle.apply(request));
            if (!seen.add(slug)) {
                violations.add(new Violation(path + ".slug", GeneralCode.DUPLICATE, Map.of("value", slug)));
            }
            E child = current.containsKey(slug) ? current.get(slug) : create.get();
            update.apply(child, request, slug, i, path, violations);
            replaced.add(child);
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        children.clear();
        children.addAll(replaced);
    }
}
