import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/client';

type Where = Schemas['PostedWhere'];

/**
 * Where a contribution was posted, linked to the page and the place on it, so that a moderator can judge it in its
 * context: "Geschrieben bei: Beteiligungsformat „Titel“". The server names the page for every kind of item; a page the
 * public cannot see now is still named and linked for staff, and says so; a deleted one only by its kind.
 */
export function PostedWhere({ where }: { where: Where }) {
  const { t } = useTranslation();
  return (
    <p className="comment__meta">
      {t('moderation.postedAt')} {t(`moderation.where.${where.kind}`)}
      {where.title !== null && where.path !== null && (
        <>
          {' '}
          <Link to={where.anchor === null ? where.path : `${where.path}#${where.anchor}`}>„{where.title}“</Link>
        </>
      )}
      {where.visibility !== 'PUBLIC' && ` (${t(`moderation.visibility.${where.visibility}`)})`}
    </p>
  );
}
