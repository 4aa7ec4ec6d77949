import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';
import { InputPool } from '@/features/synthesis/components/InputPool';
import { ObservationForm } from '@/features/synthesis/components/ObservationForm';
import { AdminGate } from './AdminGate';

/** Where planners turn input into decisions: link it to fields of action and record the city's responses. */
export function SynthesisPage() {
  const { t } = useTranslation();
  usePageTitle(t('synthesis.title'));
  return (
    <AdminGate roles={['moderator', 'admin']} title={t('synthesis.title')} forbidden={t('moderation.forbidden')}>
      <h1>{t('synthesis.title')}</h1>
      <p>{t('synthesis.intro')}</p>
      <p>
        <Link to="/synthese/statistik">{t('statistics.staffTitle')}</Link>
      </p>
      <section aria-labelledby="pool">
        <h2 id="pool">{t('synthesis.pool')}</h2>
        <InputPool />
      </section>
      <section aria-labelledby="observations">
        <h2 id="observations">{t('synthesis.observations')}</h2>
        <ObservationForm />
      </section>
    </AdminGate>
  );
}
