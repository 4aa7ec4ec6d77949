package org.mitwirken.search;

import org.mitwirken.common.problem.ProblemCode;

/** What can be wrong with a search. */
enum SearchCode implements ProblemCode {
    /** A page that ends beyond the best {@code max} hits: (page + 1) × size must be at most {@code max}. */
    BEYOND_BEST_HITS
}
