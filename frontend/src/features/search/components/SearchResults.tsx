import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../api/search';

/**
 * Where each kind of hit stands in the web app; documents download directly. Citizens' input and the city's answers
 * link to their place on the page (the ids those pages give them), a comment on a goal or a map contribution opens
 * its thread there (ziel, beitrag).
 */
function target(hit: SearchHit): { to: string; download: boolean } {
  const page = (to: string) => ({ to, download: false });
  switch (hit.type) {
    case 'FORMAT':
      return page(`/formate/${hit.slug}`);
    case 'DOCUMENT':
      return { to: hit.href, download: true };
    case 'INTERVIEW_NOTE':
      return page(`/gespraechsvermerke/${hit.slug}`);
    case 'FIELD_OF_ACTION':
    case 'GOAL':
      return page(`/handlungsfelder/${hit.slug}`);
    case 'MAP_CONTRIBUTION':
      return page(`/formate/${hit.slug}/karte?beitrag=${hit.anchor}#contribution-${hit.anchor}`);
    case 'SURVEY_ANSWER':
      return page(`/umfragen/${hit.slug}/ergebnisse#result-${hit.anchor}`);
    case 'OFFICIAL_RESPONSE':
      return page(`/handlungsfelder/${hit.slug}#response-${hit.anchor}`);
    case 'COMMENT':
      return page(`${commentPage(hit)}#comment-${hit.anchor}`);
  }
}

function commentPage(hit: SearchHit): string {
  switch (hit.commentOn?.type) {
    case 'GOAL':
      return `/handlungsfelder/${hit.slug}?ziel=${hit.commentOn.id}`;
    case 'FIELD_OF_ACTION':
      return `/handlungsfelder/${hit.slug}`;
    case 'INTERVIEW_NOTE':
      return `/gespraechsvermerke/${hit.slug}`;
    case 'MAP_CONTRIBUTION':
      return `/formate/${hit.slug}/karte?beitrag=${hit.commentOn.id}`;
    default:
      return `/formate/${hit.slug}`;
  }
}

/** The excerpt as text, the words found marked; ranges that do not fit the text are left unmarked. */
function Excerpt({ text, highlights }: { text: string; highlights: SearchHit['highlights'] }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end <= start || end > text.length) {
      continue;
    }
    parts.push({ text: text.slice(at, start), marked: false }, { text: text.slice(start, end), marked: true });
    at = end;
  }
  parts.push({ text: text.slice(at), marked: false });
  return (
    <p className="preserve-lines">
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </p>
  );
}

/** @param first the number of the first hit in the whole list, so that the list counts on across pages */
export function SearchResults({ hits, first = 1 }: { hits: SearchHit[]; first?: number }) {
  const { t } = useTranslation();
  return (
    <ol className="card-list" start={first}>
      {hits.map((hit, i) => {
        const { to, download } = target(hit);
        // A comment's title is that of what it comments on, an answer's that of its question: the heading says so.
        const title =
          hit.type === 'COMMENT' ? t('search.commentOn', { title: hit.title }) : hit.type === 'SURVEY_ANSWER' ? t('search.answerTo', { title: hit.title }) : hit.title;
        return (
          // Answers to one question share type, href and anchor; the position tells them apart.
          <li key={`${hit.type}-${hit.href}-${hit.anchor ?? hit.title}-${i}`} className="format-card">
            <p className="eyebrow">{t(`search.type.${hit.type}`)}</p>
            <h2 className="format-card__title">{download ? <a href={to}>{title}</a> : <Link to={to}>{title}</Link>}</h2>
            {hit.excerpt && <Excerpt text={hit.excerpt} highlights={hit.highlights} />}
          </li>
        );
      })}
    </ol>
  );
}
