import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorSummary } from '@/components/ErrorSummary';
import { SelectField, TextField } from '@/components/fields';
import { failureText } from '@/components/problemText';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import { useDocuments } from '../api/listDocuments';
import { useDeleteDocument, useUploadDocument } from '../api/manageDocuments';

const KINDS = ['PRESENTATION', 'DOCUMENTATION', 'SUMMARY', 'MINUTES', 'OTHER'];

/** Upload and delete the downloads of a format. Whether a file is accepted is decided by the server. */
export function AdminDocuments({ formatSlug }: { formatSlug: string }) {
  const { t } = useTranslation();
  const { data: documents } = useDocuments(formatSlug);
  const upload = useUploadDocument();
  const remove = useDeleteDocument();
  const { errors, failure, summaryRef, onError, fixing, handle } = useProblemForm();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('PRESENTATION');
  const [file, setFile] = useState<File>();
  const [message, setMessage] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      onError(new Error(t('documents.chooseFile')));
      return;
    }
    const form = event.currentTarget;
    upload.mutate(
      { formatSlug, title, kind, file },
      handle((saved) => {
        setMessage(t('documents.uploaded', { title: saved.title }));
        setTitle('');
        setFile(undefined);
        form.reset();
      }),
    );
  };

  return (
    <section aria-labelledby="admin-documents" className="card">
      <h2 id="admin-documents">{t('documents.title')}</h2>
      <StatusMessage message={message} />
      <ul className="document-list">
        {(documents ?? []).map((document) => (
          <li key={document.id}>
            <a href={document.downloadUrl}>{document.title}</a> ({document.fileName}){' '}
            <ConfirmButton
              label={t('documents.delete')}
              accessibleLabel={t('documents.deleteNamed', { title: document.title })}
              question={t('documents.deleteQuestion', { title: document.title })}
              confirmLabel={t('documents.deleteConfirm')}
              disabled={remove.isPending}
              onConfirm={() =>
                remove.mutate(
                  { formatSlug, id: document.id },
                  {
                    onSuccess: () => setMessage(t('documents.deleted', { title: document.title })),
                    onError: (error) => setMessage(t('admin.actionFailed', { detail: failureText(error, t) })),
                  },
                )
              }
            />
          </li>
        ))}
      </ul>
      <h3>{t('documents.upload')}</h3>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary ref={summaryRef} errors={errors} failure={failure} idPrefix="document-" labelOf={(field) => t(`documents.field.${field}`, { defaultValue: field })} />
        <TextField id="document-title" label={t('documents.field.title')} value={title} onChange={fixing('title', setTitle)} error={errors.title} required maxLength={300} />
        <SelectField id="document-kind" label={t('documents.field.kind')} value={kind} onChange={fixing('kind', setKind)} error={errors.kind} options={KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))} />
        <div className={errors.file ? 'field field--invalid' : 'field'}>
          <label htmlFor="document-file">{t('documents.field.file')}</label>
          <p className="field__hint" id="document-file-hint">
            {t('documents.fileHint')}
          </p>
          <input id="document-file" type="file" accept="application/pdf,image/png,image/jpeg,image/gif,image/webp" aria-describedby="document-file-hint" onChange={(e) => fixing('file', setFile)(e.target.files?.[0])} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={upload.isPending}>
            {t('documents.upload')}
          </button>
        </div>
      </form>
    </section>
  );
}
