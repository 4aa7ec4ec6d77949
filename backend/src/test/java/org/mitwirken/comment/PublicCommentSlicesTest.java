package org.mitwirken.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.TestData.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.paging.KeysetPages;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;

@QuarkusTest
@DisplayName("Public comments read slice by slice, as the open data export reads them")
class PublicCommentSlicesTest {

    @Inject
    CommentService comments;

    @Inject
    FormatService formats;

    @Test
    @DisplayName("slice after slice yields every public comment once and in order, also past slices whose comments "
            + "all sit on an item that is no longer public")
    void slicesYieldEveryPublicComment() {
        FormatResponse withdrawn = aFormat();
        List<UUID> hidden = write(withdrawn, 4);
        List<UUID> shown = write(aFormat(), 3);
        formats.setPublicationState(withdrawn.slug(), PublicationState.DRAFT);

        // Read in a transaction of its own, as a new request would: this test's session still holds the format
        // as it was before it went back to draft.
        List<UUID> sliced = QuarkusTransaction.requiringNew().call(() -> StreamSupport.stream(new KeysetPages<>(
                (CommentService.PublicCommentKey after) -> comments.publicComments(after, 2)).spliterator(), false)
                .map(CommentResponse::id).toList());
        List<UUID> all = QuarkusTransaction.requiringNew().call(() -> comments.publicComments().stream()
                .map(CommentResponse::id).toList());

        assertEquals(all, sliced);
        assertTrue(sliced.containsAll(shown), "the comments on the public format are there");
        assertTrue(Collections.disjoint(sliced, hidden), "none on the format taken back to draft");
    }

    private static FormatResponse aFormat() {
        return aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
    }

    private List<UUID> write(FormatResponse format, int count) {
        return IntStream.range(0, count).mapToObj(i -> comments.create(new CommentRequest(CommentTargetType.FORMAT,
                format.id(), null, "Beitrag " + i, null), account("clara")).comment().id()).toList();
    }
}
