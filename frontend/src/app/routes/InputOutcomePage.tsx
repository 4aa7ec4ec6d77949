import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { deletionToken as commentToken } from '@/features/comments/api/comments';
import { deletionToken as mapToken } from '@/features/map/api/mapContributions';
import { useInputOutcome, type InputKind } from '@/features/outcomes/api/outcomes';
import { InputOutcomeView } from '@/features/outcomes/components/InputOutcomeView';

/** Written on this device without login: the deletion token kept here says so, and never leaves the device. */
function writtenOnThisDevice(kind: string, ref: string): boolean {
  return (kind === 'COMMENT' && commentToken(ref) !== null) || (kind === 'MAP_CONTRIBUTION' && mapToken(ref) !== null);
}

/** Anyone follows a contribution to what the city made of it; its author reads it as their own. */
export function InputOutcomePage() {
  const { t } = useTranslation();
  const { kind = 'COMMENT', ref = '' } = useParams();
  const { data, isLoading, error } = useInputOutcome(kind as InputKind, ref);
  const own = Boolean(data?.writtenByViewer) || writtenOnThisDevice(kind, ref);
  const title = own ? t('outcome.followTitle') : t('outcome.followTitleOther');
  usePageTitle(title);
  return (
    <article>
      <h1>{title}</h1>
      {data ? <InputOutcomeView outcome={data} own={own} /> : <QueryState isLoading={isLoading} error={error} />}
    </article>
  );
}
