import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../api/search';

/** Where each kind of hit lives in the web app; documents download directly. */
function target(hit: SearchHit): { to: string; download: boolean } {
  switch (hit.type) {
    case 'FORMAT':
      return { to: `/formate/${hit.slug}`, download: false };
    case 'DOCUMENT':
      return { to: hit.href, download: true };
    case 'INTERVIEW_NOTE':
      return { to: `/gespraechsvermerke/${hit.slug}`, download: false };
    default:
      return { to: `/handlungsfelder/${hit.slug}`, download: false };
  }
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const { t } = useTranslation();
  return (
    <ol className="card-list">
      {hits.map((hit) => {
        const { to, download } = target(hit);
        return (
          <li key={`${hit.type}-${hit.href}-${hit.title}`} className="format-card">
            <p className="eyebrow">{t(`search.type.${hit.type}`)}</p>
            <h2 className="format-card__title">
              {download ? <a href={to}>{hit.title}</a> : <Link to={to}>{hit.title}</Link>}
            </h2>
            {hit.excerpt && <p>{hit.excerpt}</p>}
          </li>
        );
      })}
    </ol>
  );
}
