import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '@/api/problem';
import { QueryState } from '@/components/QueryState';
import { StatusMessage } from '@/components/StatusMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { CollapsibleCommentThread } from '@/features/comments/components/CollapsibleCommentThread';
import { useFormat } from '@/features/formats/api/getFormat';
import { useMapContribution, type MapContribution } from '@/features/map/api/mapContributions';
import { ContributionList } from '@/features/map/components/ContributionList';
import { MapPortal } from '@/features/map/components/MapPortal';

/**
 * The map portal of a format: favourite places, places to improve and ideas, by map or by list. With "beitrag" in the
 * address it shows that one contribution (a search hit's target), its thread open when the link names a comment.
 */
export function MapPortalPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const entry = useSearchParams()[0].get('beitrag');
  const toComment = useLocation().hash.startsWith('#comment-');
  const { data: format, isLoading, error } = useFormat(slug);
  usePageTitle(format ? t('map.title', { title: format.title }) : undefined);
  if (!format) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  const anonymousAllowed = format.participation.anonymousAllowed ?? false;
  const footer = (contribution: MapContribution) =>
    contribution.state === 'PUBLISHED' && format.participation.commentsEnabled ? (
      <CollapsibleCommentThread targetType="MAP_CONTRIBUTION" targetId={contribution.id} title={contribution.title} anonymousAllowed={anonymousAllowed} initiallyOpen={toComment && contribution.id === entry} />
    ) : null;
  return (
    <article>
      <p className="eyebrow">{t('map.eyebrow')}</p>
      <h1>{t('map.title', { title: format.title })}</h1>
      {entry ? (
        <PortalEntry id={entry} format={slug} title={format.title} footer={footer} />
      ) : (
        <>
          <p>{t('map.intro')}</p>
          <MapPortal format={slug} anonymousAllowed={anonymousAllowed} footer={footer} />
        </>
      )}
      <p>
        <Link to={`/formate/${slug}`}>{t('map.backToFormat', { title: format.title })}</Link>
      </p>
    </article>
  );
}

function PortalEntry({ id, format, title, footer }: { id: string; format: string; title: string; footer: (c: MapContribution) => ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  const { data: contribution, isLoading, error } = useMapContribution(id);
  return (
    <section aria-labelledby="portal-entry">
      <h2 id="portal-entry">{t('search.entry.heading')}</h2>
      <StatusMessage message={message} />
      {contribution ? (
        <ContributionList contributions={[contribution]} onMessage={setMessage} footer={footer} />
      ) : error instanceof ApiProblem && error.status === 404 ? (
        <p>{t('search.entry.gone')}</p>
      ) : (
        <QueryState isLoading={isLoading} error={error} />
      )}
      <p>
        <Link to={`/formate/${format}/karte`}>{t('search.entry.all', { title })}</Link>
      </p>
    </section>
  );
}
