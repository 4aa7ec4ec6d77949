package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.participation.Reactions;

@ApplicationScoped
public class CommentReactions extends Reactions {
    CommentReactions() {
        super("comment_support", "comment_report", "comment_id");
    }
}
