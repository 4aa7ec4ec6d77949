import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { useSavedNotice } from '@/components/useSavedNotice';
import { usePageTitle } from '@/components/usePageTitle';
import { useSurvey } from '@/features/surveys/api/surveys';
import { SurveyAdminTools } from '@/features/surveys/components/SurveyAdminTools';
import { SurveyEditor } from '@/features/surveys/components/SurveyEditor';
import { AdminGate } from './AdminGate';
import { useNotice } from './AdminLayouts';

/** A new survey on a format. */
export function AdminNewSurveyPage() {
  const { t } = useTranslation();
  const { format = '' } = useParams();
  const navigate = useNavigate();
  const savedNotice = useSavedNotice();
  usePageTitle(t('surveyEditor.new'));
  return (
    <AdminGate>
      <h1>{t('surveyEditor.new')}</h1>
      <SurveyEditor format={format} onSaved={(saved) => navigate(`/verwaltung/umfragen/${saved.slug}`, { state: { notice: savedNotice(saved.title, `/umfragen/${saved.slug}`) } })}
        onCancel={() => navigate(`/verwaltung/formate/${format}`)} />
    </AdminGate>
  );
}

/** An existing survey: its questions, codes and exports. */
export function AdminSurveyPage() {
  return (
    <AdminGate>
      <SurveyEditing />
    </AdminGate>
  );
}

function SurveyEditing() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const savedNotice = useSavedNotice();
  // Set by the page that created the survey; saving here replaces it.
  const [notice, setNotice] = useState(useNotice());
  const { data: survey, isLoading, error } = useSurvey(slug);
  usePageTitle(t('surveyEditor.editHeading'));
  if (!survey) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <h1>{t('surveyEditor.editHeading')}</h1>
      <StatusMessage {...notice} />
      <SurveyEditor
        key={survey.version}
        format={survey.format}
        survey={survey}
        onSaved={(saved) => setNotice(savedNotice(saved.title, `/umfragen/${saved.slug}`))}
        onCancel={() => navigate(`/verwaltung/formate/${survey.format}`)}
      />
      <SurveyAdminTools survey={survey} />
    </>
  );
}
