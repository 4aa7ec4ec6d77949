import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorSummary } from '@/components/ErrorSummary';
import { TextField } from '@/components/fields';
import { useProblemForm } from '@/components/useProblemForm';
import { usePreviewNewsletter, useSendNewsletter, useTestNewsletter, type Newsletter, type NewsletterPreview } from '../api/newsletters';

interface Props {
  process: string;
  processTitle: string;
  onMessage: (message: string) => void;
}

/**
 * Writing a newsletter: "Vorschau" shows the mail as followers will read it, "Testversand an mich" sends it to the
 * staff member's own address, and sending to all asks first, as it cannot be taken back.
 */
export function NewsletterForm({ process, processTitle, onMessage }: Props) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState<NewsletterPreview>();
  const { errors, failure, summaryRef, fixing, handle } = useProblemForm();
  const showPreview = usePreviewNewsletter(process);
  const test = useTestNewsletter(process);
  const send = useSendNewsletter(process);
  const request = () => ({ subject: subject.trim(), body: body.trim() });
  const busy = showPreview.isPending || test.isPending || send.isPending;
  // What the preview shows is stale once the text changes.
  const edit = (field: 'subject' | 'body', change: (value: string) => void) =>
    fixing(field, (value: string) => {
      setPreview(undefined);
      change(value);
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    showPreview.mutate(request(), handle(setPreview));
  };
  const onSent = (sent: Newsletter) => {
    setSubject('');
    setBody('');
    setPreview(undefined);
    onMessage(t('newsletter.sent', { count: sent.recipientCount }));
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ErrorSummary ref={summaryRef} errors={errors} failure={failure} labelOf={(field) => t(`newsletter.${field}`, { defaultValue: field })} />
      <TextField id="subject" label={t('newsletter.subject')} value={subject} onChange={edit('subject', setSubject)} error={errors.subject} required maxLength={150} />
      <TextField id="body" label={t('newsletter.body')} hint={t('newsletter.bodyHint')} value={body} onChange={edit('body', setBody)} error={errors.body} required multiline maxLength={5000} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('newsletter.preview')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => test.mutate(request(), handle((to: string) => onMessage(t('newsletter.testSent', { to }))))}>
          {t('newsletter.test')}
        </button>
        <ConfirmButton
          label={t('newsletter.send')}
          question={t('newsletter.sendQuestion', { process: processTitle })}
          confirmLabel={t('newsletter.sendConfirm')}
          disabled={busy}
          onConfirm={() => send.mutate(request(), handle(onSent))}
        />
      </div>
      {preview && (
        <section aria-labelledby="newsletter-preview" className="newsletter-preview">
          <h2 id="newsletter-preview">{t('newsletter.previewHeading')}</h2>
          <p>
            <strong>{t('newsletter.previewSubject')}</strong> {preview.subject}
          </p>
          {/* The mail's own HTML, sandboxed: no scripts, no forms, nothing it links to opens here. */}
          <iframe title={t('newsletter.previewFrame')} sandbox="" srcDoc={preview.html} className="newsletter-preview__frame" />
        </section>
      )}
    </form>
  );
}
