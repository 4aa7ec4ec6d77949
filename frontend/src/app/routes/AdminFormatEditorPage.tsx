import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { useSavedNotice } from '@/components/useSavedNotice';
import { AdminDocuments } from '@/features/documents/components/AdminDocuments';
import { useDistricts } from '@/features/districts/api/getDistricts';
import { useFormat } from '@/features/formats/api/getFormat';
import { AdminTeaserImage } from '@/features/formats/components/AdminTeaserImage';
import { FormatForm } from '@/features/formats/components/FormatForm';
import { useFieldsOfAction } from '@/features/fieldsOfAction/api/getFieldsOfAction';
import { useProcesses } from '@/features/processes/api/getProcesses';
import { AdminRegistration } from '@/features/registration/components/AdminRegistration';
import { AdminSurveyList } from '@/features/surveys/components/AdminSurveyList';
import { VotingRoundForm } from '@/features/voting/components/VotingRoundForm';
import { VotingRoundLinks } from '@/features/voting/components/VotingRoundLinks';
import { AdminEditorLayout, useBackToList, useEditorHeading } from './AdminLayouts';

function Editor({ slug }: { slug?: string }) {
  const { t } = useTranslation();
  const processes = useProcesses('admin');
  const format = useFormat(slug ?? '', 'admin');
  const fields = useFieldsOfAction();
  const districts = useDistricts();
  const heading = useEditorHeading(slug, t('admin.newFormat'), t('admin.editFormat'));
  const savedNotice = useSavedNotice();
  const back = useBackToList('/verwaltung');

  // The form offers the districts and fields of action to link, so it waits for them.
  const loading = processes.isLoading || districts.isLoading || fields.isLoading || (slug !== undefined && format.isLoading);
  const error = processes.error ?? districts.error ?? fields.error ?? (slug ? format.error : null);
  if (loading || error || !processes.data || !districts.data || !fields.data) {
    return <QueryState isLoading={loading} error={error} />;
  }
  return (
    <>
      <h1>{heading}</h1>
      <FormatForm
        processes={processes.data}
        districts={districts.data.map((district) => ({ slug: district.slug, title: district.name }))}
        fieldsOfAction={fields.data}
        format={slug ? format.data : undefined}
        onSaved={(format) => back(savedNotice(format.title, `/formate/${format.slug}`))}
        onCancel={() => back()}
      />
      {slug && format.data && <AdminTeaserImage format={format.data} />}
      {slug && <AdminDocuments formatSlug={slug} />}
      {slug && format.data && <AdminRegistration slug={slug} startsOn={format.data.startsOn} />}
      {slug && <AdminSurveyList format={slug} />}
      {slug && (
        <section aria-labelledby="open-round" className="card">
          <h2 id="open-round">{t('roundForm.heading')}</h2>
          <VotingRoundLinks format={slug} manage />
          <VotingRoundForm format={slug} fieldsOfAction={fields.data} />
        </section>
      )}
    </>
  );
}

export function AdminFormatEditorPage() {
  return <AdminEditorLayout editor={(slug) => <Editor slug={slug} />} />;
}
