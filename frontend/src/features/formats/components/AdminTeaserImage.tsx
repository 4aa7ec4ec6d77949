import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { failureText } from '@/components/problemText';
import { StatusMessage } from '@/components/StatusMessage';
import { useProblemForm } from '@/components/useProblemForm';
import type { Format } from '../api/listFormats';
import { useDeleteTeaserImage, usePutTeaserImage, useTeaserImagePreview } from '../api/teaserImage';

/**
 * Sets, replaces and removes a format's teaser image with its alternative text. Whether an image is accepted is
 * decided by the server, which also scales it and drops its metadata; the preview shows what it stored.
 */
export function AdminTeaserImage({ format }: { format: Format }) {
  const { t } = useTranslation();
  const current = format.teaserImage ?? undefined;
  const preview = useTeaserImagePreview(format.slug, current);
  const save = usePutTeaserImage();
  const remove = useDeleteTeaserImage();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const [altText, setAltText] = useState(current?.altText ?? '');
  const [file, setFile] = useState<File>();
  const [message, setMessage] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { formatSlug: format.slug, altText, file },
      handle((saved) => {
        setMessage(t('teaserImage.saved', { width: saved.width, height: saved.height }));
        setAltText(saved.altText);
        setFile(undefined);
        if (fileInput.current) {
          fileInput.current.value = '';
        }
      }),
    );
  };

  const fileDescription = ['teaser-file-hint', errors.file && 'teaser-file-error'].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="admin-teaser-image">
      <h2 id="admin-teaser-image">{t('teaserImage.title')}</h2>
      <p>{t('teaserImage.intro')}</p>
      <StatusMessage message={message} />
      {current ? (
        <figure>
          {preview.data ? (
            <img className="teaser-preview" src={preview.data} alt={current.altText} width={current.width} height={current.height} />
          ) : (
            <p>{preview.error ? t('teaserImage.previewFailed') : t('teaserImage.previewLoading')}</p>
          )}
          <figcaption>{t('teaserImage.current', { width: current.width, height: current.height })}</figcaption>
        </figure>
      ) : (
        <p>{t('teaserImage.none')}</p>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary ref={summaryRef} errors={errors} failure={failure} idPrefix="teaser-" labelOf={(field) => t(`teaserImage.field.${field}`, { defaultValue: field })} />
        <div className={errors.file ? 'field field--invalid' : 'field'}>
          <label htmlFor="teaser-file">
            {t('teaserImage.field.file')}
            {!current && <span className="field__required"> ({t('form.required')})</span>}
          </label>
          <p className="field__hint" id="teaser-file-hint">
            {current ? t('teaserImage.fileHintReplace') : t('teaserImage.fileHint')}
          </p>
          <input
            ref={fileInput}
            id="teaser-file"
            name="file"
            type="file"
            accept="image/jpeg,image/png"
            required={!current}
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={fileDescription}
            onChange={(e) => fixing('file', setFile)(e.target.files?.[0])}
          />
          {errors.file && (
            <p className="field__error" id="teaser-file-error">
              {errors.file}
            </p>
          )}
        </div>
        <TextField id="teaser-altText" label={t('teaserImage.field.altText')} hint={t('teaserImage.altTextHint')} value={altText} onChange={fixing('altText', setAltText)} error={errors.altText} required maxLength={300} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('teaserImage.save')}
          </button>
          {current && (
            <ConfirmButton
              label={t('teaserImage.remove')}
              question={t('teaserImage.removeQuestion')}
              confirmLabel={t('teaserImage.removeConfirm')}
              disabled={remove.isPending}
              onConfirm={() =>
                remove.mutate(format.slug, {
                  onSuccess: () => {
                    setMessage(t('teaserImage.removed'));
                    setAltText('');
                  },
                  onError: (error) => setMessage(t('admin.actionFailed', { detail: failureText(error, t) })),
                })
              }
            />
          )}
        </div>
      </form>
    </section>
  );
}
