import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A public page something was posted on. */
export interface Place {
  title: string;
  path: string;
}

/**
 * Where a contribution was posted, linked there, so that a moderator can judge it in its context: "Geschrieben bei:
 * Beteiligungsformat „Titel“". `kind` alone when the page is not known (the API names only some targets).
 */
export function PostedWhere({ kind, place }: { kind: string; place?: Place }) {
  const { t } = useTranslation();
  return (
    <p className="comment__meta">
      {t('moderation.postedAt')} {kind}
      {place && (
        <>
          {' '}
          <Link to={place.path}>„{place.title}“</Link>
        </>
      )}
    </p>
  );
}
