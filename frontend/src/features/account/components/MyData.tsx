import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { exportMyData } from '../api/exportMyData';
import { useEraseMyData, type ErasureMode } from '../api/eraseMyData';

/** Download and erasure of one's own data (GDPR Art. 15, 17, 20), with the choice of what becomes of contributions. */
export function MyData({ accountUrl, onErased }: { accountUrl?: string; onErased: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ErasureMode>('ANONYMISE');
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<string>();
  const erase = useEraseMyData();

  async function download() {
    setMessage(undefined);
    try {
      await exportMyData();
      setMessage(t('account.exported'));
    } catch {
      setMessage(t('account.failed'));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) {
      setMessage(t('account.confirmFirst'));
      return;
    }
    erase.mutate(mode, {
      onSuccess: () => {
        setMessage(t('account.erased'));
        onErased();
      },
      onError: () => setMessage(t('account.failed')),
    });
  }

  return (
    <>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('account.exportTitle')}</h2>
        <p>{t('account.exportText')}</p>
        <button type="button" className="button" onClick={() => void download()}>
          {t('account.exportButton')}
        </button>
      </section>
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t('account.eraseTitle')}</h2>
        <p>{t('account.eraseText')}</p>
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>{t('account.modeLegend')}</legend>
            {(['ANONYMISE', 'DELETE'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name="contributions" checked={mode === value} onChange={() => setMode(value)} />
                {t(`account.mode.${value}`)}
              </label>
            ))}
          </fieldset>
          <CheckboxField id="erase-confirm" label={t('account.confirm')} checked={confirmed} onChange={setConfirmed} />
          <button type="submit" className="button" disabled={erase.isPending}>
            {t('account.eraseButton')}
          </button>
        </form>
        {accountUrl ? (
          <p>
            {t('account.loginText')} <a href={accountUrl}>{t('account.loginLink')}</a>
          </p>
        ) : null}
      </section>
      <StatusMessage message={message} />
    </>
  );
}
