import { useTranslation } from 'react-i18next';
import { useDocuments, type Document } from '../api/listDocuments';

function fileSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(bytes / 1024)} KB` : `${format.format(bytes / 1024 / 1024)} MB`;
}

function fileType(document: Document): string {
  return document.contentType === 'application/pdf' ? 'PDF' : document.contentType.replace('image/', '').toUpperCase();
}

/** The downloads of a format; renders nothing while there are none. */
export function DocumentList({ formatSlug }: { formatSlug: string }) {
  const { t, i18n } = useTranslation();
  const { data: documents } = useDocuments(formatSlug);
  if (!documents || documents.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t('documents.title')}</h2>
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.id}>
            <a href={document.downloadUrl} download={document.fileName}>
              {document.title}
            </a>{' '}
            <span className="muted">
              ({t(`documents.kind.${document.kind}`)}, {fileType(document)}, {fileSize(document.sizeBytes, i18n.language)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
