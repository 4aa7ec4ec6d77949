import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { CollapsibleCommentThread } from '@/features/comments/components/CollapsibleCommentThread';
import { useFormat } from '@/features/formats/api/getFormat';
import { MapPortal } from '@/features/map/components/MapPortal';

/** The map portal of a format: favourite places, places to improve and ideas, by map or by list. */
export function MapPortalPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data: format, isLoading, error } = useFormat(slug);
  usePageTitle(format ? t('map.title', { title: format.title }) : undefined);
  if (!format) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <article>
      <p className="eyebrow">{t('map.eyebrow')}</p>
      <h1>{t('map.title', { title: format.title })}</h1>
      <p>{t('map.intro')}</p>
      <MapPortal
        format={slug}
        anonymousAllowed={format.participation.anonymousAllowed ?? false}
        footer={(contribution) =>
          contribution.state === 'PUBLISHED' && format.participation.commentsEnabled ? (
            <CollapsibleCommentThread targetType="MAP_CONTRIBUTION" targetId={contribution.id} title={contribution.title} anonymousAllowed={format.participation.anonymousAllowed ?? false} />
          ) : null
        }
      />
      <p>
        <Link to={`/formate/${slug}`}>{t('map.backToFormat', { title: format.title })}</Link>
      </p>
    </article>
  );
}
