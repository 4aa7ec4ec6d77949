import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './fields';
import { StatusMessage } from './StatusMessage';
import { failureText } from './problemText';

export type CodeSheetType = 'application/pdf' | 'text/csv';

interface Props {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  heading: string;
  headingLevel?: 2 | 3;
  intro: string;
  /** Creates this many single-use codes (the feature's API call); they come back only this once. */
  create: (count: number) => Promise<string[]>;
  /** Downloads the codes as a printable sheet with QR codes (PDF) or as a list (CSV). */
  download: (codes: string[], type: CodeSheetType) => Promise<void>;
}

/** Participation codes to hand out, for surveys and voting rounds alike: create a batch, then print it or save it. */
export function ParticipationCodes({ id, heading, headingLevel = 2, intro, create, download }: Props) {
  const { t } = useTranslation();
  const [count, setCount] = useState('20');
  const [codes, setCodes] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string>();
  const fail = (error: Error) => setMessage(failureText(error, t));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const onCreate = () => {
    setCreating(true);
    create(Number(count))
      .then((created) => {
        setCodes(created);
        setMessage(t('codes.created', { count: created.length }));
      })
      .catch(fail)
      .finally(() => setCreating(false));
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <Heading id={`${id}-heading`}>{heading}</Heading>
      <p>{intro}</p>
      <div className="form">
        <TextField id={`${id}-count`} type="number" label={t('codes.count')} value={count} onChange={setCount} />
        <p>
          <button type="button" className="button" disabled={creating} onClick={onCreate}>
            {t('codes.create')}
          </button>
        </p>
      </div>
      <StatusMessage message={message} />
      {codes.length > 0 && (
        <>
          <p className="comment__actions">
            <button type="button" className="button button--quiet" onClick={() => download(codes, 'application/pdf').catch(fail)}>
              {t('codes.pdf')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => download(codes, 'text/csv').catch(fail)}>
              {t('codes.csv')}
            </button>
          </p>
          <ul className="inline-list" aria-label={t('codes.list')}>
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
