import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParticipationCodes } from '@/components/ParticipationCodes';
import { failureText } from '@/components/problemText';
import { StatusMessage } from '@/components/StatusMessage';
import { downloadCodeSheet, downloadResponses, useCreateCodes } from '../api/manageSurveys';
import type { Survey } from '../api/surveys';

/** Participation codes to hand out (PDF sheet, CSV), and all responses to export. */
export function SurveyAdminTools({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const createCodes = useCreateCodes(survey.slug);
  const [message, setMessage] = useState<string>();
  const fail = (error: Error) => setMessage(t('admin.actionFailed', { detail: failureText(error, t) }));
  return (
    <>
      {survey.integrityMode === 'PARTICIPATION_CODE' && (
        <ParticipationCodes
          id="codes"
          heading={t('surveyEditor.codes')}
          intro={t('surveyEditor.codesIntro')}
          create={createCodes.mutateAsync}
          download={(codes, type) => downloadCodeSheet(survey.slug, codes, type)}
        />
      )}
      <section aria-labelledby="export" className="card">
        <h2 id="export">{t('surveyEditor.export')}</h2>
        <p>{t('surveyEditor.exportIntro', { count: survey.responseCount })}</p>
        <p className="comment__actions">
          <button type="button" className="button button--quiet" onClick={() => downloadResponses(survey.slug, 'text/csv').catch(fail)}>{t('surveyEditor.exportCsv')}</button>
          <button type="button" className="button button--quiet" onClick={() => downloadResponses(survey.slug, 'application/json').catch(fail)}>{t('surveyEditor.exportJson')}</button>
        </p>
        <StatusMessage message={message} />
      </section>
    </>
  );
}
