import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useInputOutcome, type InputKind } from '@/features/outcomes/api/outcomes';
import { InputOutcomeView } from '@/features/outcomes/components/InputOutcomeView';

/** A citizen follows one of their contributions to what the city made of it. */
export function InputOutcomePage() {
  const { t } = useTranslation();
  const { kind = 'COMMENT', ref = '' } = useParams();
  const { data, isLoading, error } = useInputOutcome(kind as InputKind, ref);
  usePageTitle(t('outcome.followTitle'));
  return (
    <article>
      <h1>{t('outcome.followTitle')}</h1>
      {data ? <InputOutcomeView outcome={data} /> : <QueryState isLoading={isLoading} error={error} />}
    </article>
  );
}
