import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { QueryState } from '@/components/QueryState';
import { formatUntil } from '@/components/dates';
import { useOpportunities, type Opportunity, type Requirement } from '../api/listOpportunities';

interface Props {
  /** Only what belongs to this process or this format (slugs). */
  filter: { process?: string; format?: string };
  heading: string;
  headingId: string;
  /** What opens soon, composed by the page: formats are another feature's. */
  upcoming?: ReactNode;
  /** A format page leaves the section out unless something of it is open; the home page says so instead. */
  hideWhenEmpty?: boolean;
}

/** Where in the web app one takes part in it. */
function participationPath(opportunity: Opportunity): string {
  switch (opportunity.kind) {
    case 'SURVEY':
      return `/umfragen/${opportunity.id}`;
    case 'VOTING_ROUND':
      return `/abstimmen/${opportunity.id}`;
    case 'MAP_PORTAL':
      return `/formate/${opportunity.id}/karte`;
    case 'COMMENTS':
      return `/formate/${opportunity.format.slug}#comments`;
  }
}

/** "nichts weiter – ohne Anmeldung", or what it takes, as one phrase. */
function needsText(needs: Requirement[], t: TFunction): string {
  if (needs.length === 0) {
    return t('opportunities.needs.none');
  }
  const parts = needs.map((need) => t(`opportunities.needs.${need}`));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}${t('opportunities.and')}${parts.at(-1)}`;
}

/** An id for what names an opportunity, so its button can say what it opens. */
const titleId = (opportunity: Opportunity) => `opportunity-${opportunity.kind}-${opportunity.id}`;

function OpportunityCard({ opportunity }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation();
  const until = opportunity.closesAt ? formatUntil(opportunity.closesAt, i18n.language) : undefined;
  return (
    <li className="opportunity-card">
      <p className="eyebrow">{t(`opportunities.kind.${opportunity.kind}`)}</p>
      <h3 className="opportunity-card__title" id={titleId(opportunity)}>
        {opportunity.title}
      </h3>
      {opportunity.title !== opportunity.format.title && (
        <p className="muted">{t('opportunities.partOf', { format: opportunity.format.title })}</p>
      )}
      <p className="opportunity-card__until">
        {!until
          ? t('opportunities.openIndefinitely')
          : until.time
            ? t('opportunities.openUntilTime', { date: until.date, time: until.time })
            : t('opportunities.openUntil', { date: until.date })}
      </p>
      <p>
        {t('opportunities.needsLabel')}: {needsText(opportunity.needs, t)}
      </p>
      {opportunity.districts.length > 0 && (
        <p>
          {t('opportunities.districts')}: {opportunity.districts.map((district) => district.title).join(', ')}
        </p>
      )}
      <p className="opportunity-card__action">
        <Link className="button" to={participationPath(opportunity)} aria-describedby={titleId(opportunity)}>
          {t(`opportunities.action.${opportunity.kind}`)}
        </Link>
      </p>
    </li>
  );
}

/**
 * Formats taking comments, in one short list: they stay open long after their event, so they come last. The links
 * are named for what they do, so that each format title stays the name of one link on a page (its timeline entry).
 */
function CommentOpportunities({ opportunities }: { opportunities: Opportunity[] }) {
  const { t } = useTranslation();
  return (
    <div className="opportunity-comments">
      <h3>{t('opportunities.commentsTitle')}</h3>
      <p>{t('opportunities.commentsIntro')}</p>
      <ul className="opportunity-comments__list">
        {opportunities.map((opportunity) => (
          <li key={opportunity.id}>
            <span id={titleId(opportunity)}>{opportunity.format.title}</span>
            {opportunity.needs.length > 0 && <span className="muted"> ({needsText(opportunity.needs, t)})</span>}:{' '}
            <Link to={participationPath(opportunity)} aria-describedby={titleId(opportunity)}>
              {t('opportunities.action.COMMENTS')}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Jetzt mitmachen": what is open now, each with until when, what it takes and one button to where one takes part;
 * formats taking comments after them, and what opens soon where the page knows it.
 */
export function OpportunityOverview({ filter, heading, headingId, upcoming, hideWhenEmpty = false }: Props) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useOpportunities();
  const matching = data?.filter(
    (opportunity) =>
      (!filter.process || opportunity.process.slug === filter.process) &&
      (!filter.format || opportunity.format.slug === filter.format),
  );
  if (hideWhenEmpty && !upcoming && (!matching || matching.length === 0)) {
    return null;
  }
  const windows = matching?.filter((opportunity) => opportunity.kind !== 'COMMENTS') ?? [];
  const comments = matching?.filter((opportunity) => opportunity.kind === 'COMMENTS') ?? [];
  return (
    <section aria-labelledby={headingId} className="join-now">
      <h2 id={headingId}>{heading}</h2>
      {!matching ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : (
        <>
          {matching.length === 0 && <p>{t('opportunities.none')}</p>}
          {windows.length > 0 && (
            <ul className="opportunity-list">
              {windows.map((opportunity) => (
                <OpportunityCard key={`${opportunity.kind}-${opportunity.id}`} opportunity={opportunity} />
              ))}
            </ul>
          )}
          {comments.length > 0 && <CommentOpportunities opportunities={comments} />}
        </>
      )}
      {upcoming}
    </section>
  );
}
