import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useSurvey } from '@/features/surveys/api/surveys';
import { SurveyAdminTools } from '@/features/surveys/components/SurveyAdminTools';
import { SurveyEditor } from '@/features/surveys/components/SurveyEditor';
import { AdminGate } from './AdminGate';

/** A new survey on a format. */
export function AdminNewSurveyPage() {
  const { t } = useTranslation();
  const { format = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle(t('surveyEditor.new'));
  return (
    <AdminGate>
      <h1>{t('surveyEditor.new')}</h1>
      <SurveyEditor format={format} onSaved={(saved) => navigate(`/verwaltung/umfragen/${saved.slug}`, { state: { notice: t('admin.saved', { title: saved.title }) } })}
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
  const { data: survey, isLoading, error } = useSurvey(slug);
  usePageTitle(t('surveyEditor.editHeading'));
  if (!survey) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  const back = () => navigate(`/verwaltung/formate/${survey.format}`);
  return (
    <>
      <h1>{t('surveyEditor.editHeading')}</h1>
      <SurveyEditor key={survey.version} format={survey.format} survey={survey} onSaved={back} onCancel={back} />
      <SurveyAdminTools survey={survey} />
    </>
  );
}
