package org.mitwirken.comment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.mitwirken.common.http.PublicReadCache;

/**
 * Stores a new comment in one statement that commits itself: the hottest write of a participation needs no
 * transaction of its own around it.
 */
@ApplicationScoped
class CommentInsert {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PublicReadCache publicReads;

    void insert(Comment comment) {
        // PostgreSQL keeps microseconds; the answer shows what a later read will show.
        comment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        comment.updatedAt = comment.createdAt;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into comment (id, version, created_at, "
                        + "updated_at, target_type, target_id, parent_id, depth, text, author_subject, author_name, "
                        + "anonymous, deletion_token_hash, state, withdrawn) "
                        + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            Timestamp created = Timestamp.from(comment.createdAt);
            insert.setObject(1, comment.id);
            insert.setTimestamp(2, created);
            insert.setTimestamp(3, created);
            insert.setString(4, comment.targetType.name());
            insert.setObject(5, comment.targetId);
            insert.setObject(6, comment.parentId);
            insert.setInt(7, comment.depth);
            insert.setString(8, comment.text);
            insert.setString(9, comment.authorSubject);
            insert.setString(10, comment.authorName);
            insert.setBoolean(11, comment.anonymous);
            insert.setString(12, comment.deletionTokenHash);
            insert.setString(13, comment.state.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Comment not stored", e);
        }
        publicReads.changedHere();
    }
}
