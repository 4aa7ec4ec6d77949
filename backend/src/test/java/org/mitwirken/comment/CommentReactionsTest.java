package org.mitwirken.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DisplayName("Supports and reports read for many comments at once")
class CommentReactionsTest {

    @Inject
    CommentReactions reactions;

    @Test
    @Transactional
    @DisplayName("reading the reactions to more comments than one statement takes (open data reads every comment) "
            + "answers for all of them")
    void readsBeyondTheStatementParameterLimit() {
        List<UUID> many = Stream.generate(UUID::randomUUID).limit(70_000).toList();

        assertEquals(Map.of(), reactions.supportCounts(many));
        assertEquals(0, reactions.supportedBy(many, "clara").size());
        assertEquals(Map.of(), reactions.openReports(many));
    }
}
