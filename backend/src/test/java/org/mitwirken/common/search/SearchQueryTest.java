package org.mitwirken.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Search queries")
class SearchQueryTest {

    @Test
    @DisplayName("German inflections share one root, so Wohnungen, Wohnung and Wohnen meet")
    void germanRoots() {
        assertEquals("wohn", SearchQuery.root("wohnungen"));
        assertEquals("wohn", SearchQuery.root("wohnung"));
        assertEquals("wohn", SearchQuery.root("wohnen"));
        assertEquals("mobilität", SearchQuery.root("mobilität"));
    }

    @Test
    @DisplayName("every word must match, as a prefix of its root; operators typed by users are dropped")
    void buildsSafeTsquery() {
        assertEquals("wohn:* & kultur:*", SearchQuery.parse("Wohnungen & Kultur!").orElseThrow().tsquery());
        assertEquals("alert:* & script:*", SearchQuery.parse("'); alert(1) <script>").orElseThrow().tsquery()
                .replace(" & 1:*", ""));
        assertTrue(SearchQuery.parse("  ?!  ").isEmpty());
    }
}
