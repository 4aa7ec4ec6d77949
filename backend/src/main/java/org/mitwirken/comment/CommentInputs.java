package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Published comments; those on a format count as input of that format. */
@ApplicationScoped
public class CommentInputs implements InputSource {

    @Inject
    CommentService comments;

    @Inject
    FormatService formats;

    @Override
    public InputKind kind() {
        return InputKind.COMMENT;
    }

    @Override
    public List<Input> published() {
        return inputs(comments.publicComments());
    }

    @Override
    public List<Input> find(Collection<String> refs) {
        return inputs(comments.publicComments(InputSource.ids(refs)));
    }

    @Override
    public boolean writtenBy(String ref, String account) {
        return InputSource.ids(List.of(ref)).stream().anyMatch(id -> comments.writtenBy(id, account));
    }

    @Override
    public Optional<String> author(String ref) {
        return InputSource.ids(List.of(ref)).stream().findFirst().flatMap(comments::authorOf);
    }

    private List<Input> inputs(List<CommentResponse> published) {
        return published.stream().map(c -> new Input(InputKind.COMMENT, c.id().toString(), null,
                c.text(), c.targetType() == CommentTargetType.FORMAT
                        ? formats.findRef(c.targetId()).map(FormatRef::slug).orElse(null) : null,
                null, c.createdOn())).toList();
    }
}
