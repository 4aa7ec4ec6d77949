import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/fields';
import { StatusMessage } from '@/components/StatusMessage';
import { downloadCodeSheet, downloadResponses, useCreateCodes } from '../api/manageSurveys';
import type { Survey } from '../api/surveys';

/** Participation codes to hand out (PDF sheet, CSV), and all responses to export. */
export function SurveyAdminTools({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const createCodes = useCreateCodes(survey.slug);
  const [count, setCount] = useState('20');
  const [codes, setCodes] = useState<string[]>([]);
  const [message, setMessage] = useState<string>();
  const fail = (error: Error) => setMessage(t('form.failed', { detail: error.message }));
  return (
    <>
      <StatusMessage message={message} />
      {survey.integrityMode === 'PARTICIPATION_CODE' && (
        <section aria-labelledby="codes">
          <h2 id="codes">{t('surveyEditor.codes')}</h2>
          <p>{t('surveyEditor.codesIntro')}</p>
          <TextField id="code-count" type="number" label={t('surveyEditor.codeCount')} value={count} onChange={setCount} />
          <p>
            <button type="button" className="button" disabled={createCodes.isPending}
              onClick={() => createCodes.mutate(Number(count), { onSuccess: (created) => { setCodes(created); setMessage(t('surveyEditor.codesCreated', { count: created.length })); }, onError: fail })}>
              {t('surveyEditor.createCodes')}
            </button>
          </p>
          {codes.length > 0 && (
            <>
              <p className="comment__actions">
                <button type="button" className="button button--quiet" onClick={() => downloadCodeSheet(survey.slug, codes, 'application/pdf').catch(fail)}>{t('surveyEditor.codesPdf')}</button>
                <button type="button" className="button button--quiet" onClick={() => downloadCodeSheet(survey.slug, codes, 'text/csv').catch(fail)}>{t('surveyEditor.codesCsv')}</button>
              </p>
              <ul className="inline-list" aria-label={t('surveyEditor.codesList')}>
                {codes.map((code) => <li key={code}><code>{code}</code></li>)}
              </ul>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="export">
        <h2 id="export">{t('surveyEditor.export')}</h2>
        <p>{t('surveyEditor.exportIntro', { count: survey.responseCount })}</p>
        <p className="comment__actions">
          <button type="button" className="button button--quiet" onClick={() => downloadResponses(survey.slug, 'text/csv').catch(fail)}>{t('surveyEditor.exportCsv')}</button>
          <button type="button" className="button button--quiet" onClick={() => downloadResponses(survey.slug, 'application/json').catch(fail)}>{t('surveyEditor.exportJson')}</button>
        </p>
      </section>
    </>
  );
}
