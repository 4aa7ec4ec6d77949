package org.mitwirken.format.teaser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** One teaser image per format: set or replaced, removed, and served to whoever may see the format. */
@ApplicationScoped
public class TeaserImageService {
    @Inject
    TeaserImageRepository repository;

    @Inject
    ImageRecoder recoder;

    @Inject
    FormatService formats;

    @Inject
    PublicChanges changes;

    /**
     * Sets the format's image, replacing one it has; without an upload only the alternative text of the stored image
     * changes. The upload is re-encoded before anything is written, so a refused one leaves the stored image as it was.
     */
    @Transactional
    public TeaserImageResponse put(String formatSlug, String altText, Path upload) {
        FormatRef format = format(formatSlug, true);
        TeaserImage image = repository.findByIdOptional(format.id()).orElse(null);
        if (upload == null && image == null) {
            throw ValidationProblem.of(ImageRecoder.FIELD, GeneralCode.REQUIRED);
        }
        ImageRecoder.Recoded recoded = upload == null ? null : recoder.recode(upload);
        boolean created = image == null;
        if (created) {
            image = new TeaserImage();
            image.formatId = format.id();
        }
        image.altText = altText;
        if (recoded != null) {
            image.contentType = recoded.type().mediaType;
            image.width = recoded.width();
            image.height = recoded.height();
            image.sizeBytes = recoded.content().length;
            image.sha256 = Hashes.sha256Hex(recoded.content());
        }
        if (created) {
            repository.persist(image);
        }
        repository.flush();
        if (recoded != null) {
            repository.storeContent(format.id(), recoded.content());
        }
        announce(format);
        return TeaserImageResponse.of(image, format.slug());
    }

    @Transactional
    public void delete(String formatSlug) {
        FormatRef format = format(formatSlug, true);
        TeaserImage image = repository.findByIdOptional(format.id())
                .orElseThrow(() -> ProblemException.notFound(formatSlug + "/teaser-image"));
        repository.delete(image);
        repository.flush();
        announce(format);
    }

    /** The image, if the format has one and the viewer may see the format. */
    public TeaserImageFile load(String formatSlug, boolean includeDrafts) {
        FormatRef format = format(formatSlug, includeDrafts);
        TeaserImage image = repository.findByIdOptional(format.id())
                .orElseThrow(() -> ProblemException.notFound(formatSlug + "/teaser-image"));
        byte[] content = repository.loadContent(format.id())
                .orElseThrow(() -> ProblemException.notFound(formatSlug + "/teaser-image"));
        return new TeaserImageFile(image.contentType, image.sha256, content);
    }

    /** The image is part of what apps read of a public format. */
    private void announce(FormatRef format) {
        if (format.publiclyVisible()) {
            changes.announce(new PublicChange(ChangeType.FORMAT_UPDATED, format.id().toString(),
                    "/api/v1/formats/" + format.slug()));
        }
    }

    private FormatRef format(String slug, boolean includeDrafts) {
        return formats.findRef(slug, includeDrafts).orElseThrow(() -> ProblemException.notFound(slug));
    }
}
