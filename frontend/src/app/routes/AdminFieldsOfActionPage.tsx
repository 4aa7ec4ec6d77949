import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useFieldOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { AdminFieldOfActionTable } from '@/features/fieldsOfAction/components/AdminFieldOfActionTable';
import { FieldOfActionForm } from '@/features/fieldsOfAction/components/FieldOfActionForm';
import { AdminGate } from './AdminGate';
import { AdminSections } from './AdminSections';

export function AdminFieldsOfActionPage() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <AdminGate>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{t('fieldsOfAction.title')}</h2>
      <p>
        <Link className="button" to="/verwaltung/handlungsfelder/neu">
          {t('fieldsOfAction.newField')}
        </Link>
      </p>
      <AdminFieldOfActionTable notice={notice} />
    </AdminGate>
  );
}

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const field = useFieldOfAction(slug ?? '', 'admin');
  const heading = slug ? t('fieldsOfAction.editField') : t('fieldsOfAction.newField');
  usePageTitle(heading);
  if (slug && !field.data) {
    return <QueryState isLoading={field.isLoading} error={field.error} />;
  }
  const back = (notice?: string) => navigate('/verwaltung/handlungsfelder', { state: notice ? { notice } : undefined });
  return (
    <>
      <h1>{heading}</h1>
      <FieldOfActionForm
        field={field.data}
        onSaved={(saved) => back(t('admin.saved', { title: saved.title }))}
        onCancel={() => back()}
      />
    </>
  );
}

export function AdminFieldOfActionEditorPage() {
  const { slug } = useParams();
  return (
    <AdminGate>
      <Editor key={slug ?? 'new'} slug={slug} />
    </AdminGate>
  );
}
