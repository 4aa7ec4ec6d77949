package org.mitwirken.document;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.FileType;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Versions;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

@ApplicationScoped
public class DocumentService {
    @Inject
    DocumentRepository repository;

    @Inject
    DocumentStorage storage;

    @Inject
    FormatService formats;

    @Inject
    PublicChanges changes;

    /** What followers are told of a document that holds results: its title and the format it belongs to. */
    public record PublicDocument(String title, FormatRef format) {
    }

    public PageResponse<DocumentResponse> list(String formatSlug, PageRequest paging, boolean includeDrafts) {
        FormatRef format = format(formatSlug, includeDrafts);
        var query = repository.find("formatId", Sort.by("createdAt").and("id"), format.id());
        List<DocumentResponse> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(DocumentResponse::of).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), query.count());
    }

    /** For feeds: every document of a format the public may see, oldest first; 404 for any other format. */
    public List<DocumentResponse> publicOfFormat(String formatSlug) {
        FormatRef format = format(formatSlug, false);
        return repository.list("formatId", Sort.by("createdAt").and("id"), format.id()).stream()
                .map(DocumentResponse::of).toList();
    }

    @Transactional
    public DocumentResponse create(String formatSlug, DocumentUpload upload) {
        Document document = new Document();
        document.formatId = format(formatSlug, true).id();
        document.title = upload.title();
        document.kind = upload.kind();
        attach(document, upload);
        repository.persist(document);
        repository.flush();
        storage.store(document.id, upload.content());
        announceResults(document);
        return DocumentResponse.of(document);
    }

    @Transactional
    public DocumentResponse replace(String formatSlug, UUID id, DocumentUpload upload) {
        Document document = existing(formatSlug, id);
        Versions.requireCurrent(upload.version(), document.version);
        document.title = upload.title();
        document.kind = upload.kind();
        if (upload.content() != null) {
            attach(document, upload);
            storage.store(document.id, upload.content());
        }
        repository.flush();
        return DocumentResponse.of(document);
    }

    @Transactional
    public void delete(String formatSlug, UUID id) {
        repository.delete(existing(formatSlug, id));
        repository.flush();
    }

    /** For followers: a document that holds results, if the public may see its format. */
    public Optional<PublicDocument> publicResults(UUID id) {
        return repository.findByIdOptional(id).filter(document -> DocumentResults.RESULTS.contains(document.kind))
                .flatMap(document -> formats.findRef(document.formatId).filter(FormatRef::publiclyVisible)
                        .map(format -> new PublicDocument(document.title, format)));
    }

    /**
     * A summary, documentation or minutes added to a format the public sees are its written results: apps and
     * followers hear of them as they hear of a closed survey's (documents of a draft format wait for its publication).
     */
    private void announceResults(Document document) {
        if (DocumentResults.RESULTS.contains(document.kind)
                && formats.findRef(document.formatId).map(FormatRef::publiclyVisible).orElse(false)) {
            changes.announce(new PublicChange(ChangeType.RESULTS_PUBLISHED, document.id.toString(),
                    DocumentResponse.of(document).downloadUrl()));
        }
    }

    /** The file, if the viewer may see the format it belongs to. */
    public DocumentFile download(UUID id, boolean includeDrafts) {
        Document document = repository.findByIdOptional(id)
                .filter(d -> includeDrafts || formats.findRef(d.formatId).map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
        byte[] content = storage.load(id).orElseThrow(() -> ProblemException.notFound(id.toString()));
        return new DocumentFile(document.fileName, document.contentType, document.sha256, content);
    }

    private void attach(Document document, DocumentUpload upload) {
        FileType type = FileType.of(upload.content())
                .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        DocumentCode.FILE_TYPE_NOT_ACCEPTED));
        document.fileName = upload.fileName();
        document.contentType = type.mediaType;
        document.sizeBytes = upload.content().length;
        document.sha256 = Hashes.sha256Hex(upload.content());
    }

    private FormatRef format(String slug, boolean includeDrafts) {
        return formats.findRef(slug, includeDrafts).orElseThrow(() -> ProblemException.notFound(slug));
    }

    private Document existing(String formatSlug, UUID id) {
        UUID formatId = format(formatSlug, true).id();
        return repository.findByIdOptional(id).filter(document -> document.formatId.equals(formatId))
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
    }
}
