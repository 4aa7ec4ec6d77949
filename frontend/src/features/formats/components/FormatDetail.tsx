import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '@/components/Markdown';
import { QueryState } from '@/components/QueryState';
import { formatDateRange } from '@/components/dates';
import { usePageTitle } from '@/components/usePageTitle';
import { useFormat } from '../api/getFormat';
import { FormatCalendarLink } from './FormatCalendarLink';
import { FormatStatusBadge } from './FormatStatusBadge';
import { TeaserImage } from './TeaserImage';

function LinkedFacts({ label, base, items }: { label: string; base: string; items: { slug: string; title: string }[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ul className="inline-list">
          {items.map((item) => (
            <li key={item.slug}>
              <Link to={`${base}/${item.slug}`}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** A format with its facts and description; `participation` (what is open in it) stands right after the facts. */
export function FormatDetail({ slug, participation }: { slug: string; participation?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { data: format, isLoading, error } = useFormat(slug);
  usePageTitle(format?.title);

  if (!format) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <article>
      <p>
        <Link to="/">{t('format.back')}</Link>
      </p>
      <p className="eyebrow">{t(`format.kind.${format.kind}`)}</p>
      <h1>{format.title}</h1>
      <p className="lead">{format.summary}</p>
      {format.teaserImage && <TeaserImage image={format.teaserImage} variant="page" />}
      <h2 className="visually-hidden">{t('format.facts')}</h2>
      <dl className="facts">
        <dt>{t('formatStatus.label')}</dt>
        <dd>
          <FormatStatusBadge status={format.status} labelled={false} />
        </dd>
        <dt>{t('format.when')}</dt>
        <dd>
          {formatDateRange(format.startsOn, format.endsOn, format.datePrecision, i18n.language)}
          {/* Calendars hold only what the public sees: admins reading a draft get no link that would fail. */}
          {format.publicationState === 'PUBLISHED' && (
            <>
              <br />
              <FormatCalendarLink slug={format.slug} />
            </>
          )}
        </dd>
        {(format.venue || format.online) && (
          <>
            <dt>{t('format.where')}</dt>
            <dd>{[format.venue, format.online ? t('format.online') : null].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>{t('format.audienceLabel')}</dt>
        <dd>{t(`format.audience.${format.audience}`)}</dd>
        <dt>{t('format.process')}</dt>
        <dd>{format.process.title}</dd>
        {format.phase && (
          <>
            <dt>{t('format.phase')}</dt>
            <dd>{format.phase.title}</dd>
          </>
        )}
        <LinkedFacts label={t('format.districts')} base="/ortsbezirke" items={format.districts} />
        <LinkedFacts label={t('format.fieldsOfAction')} base="/handlungsfelder" items={format.fieldsOfAction} />
      </dl>
      {participation}
      <Markdown source={format.body} />
    </article>
  );
}
