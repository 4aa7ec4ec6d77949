import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { formatDate } from '@/components/dates';
import { deletionToken, useReportContribution, useSupportContribution, useWithdrawContribution, type MapContribution } from '../api/mapContributions';
import { CategoryIcon } from './categoryLook';

interface Props {
  contributions: MapContribution[];
  onMessage: (message: string) => void;
  /** Added below each contribution, e.g. its comment thread. */
  footer?: (contribution: MapContribution) => ReactNode;
}

/** The contributions as a list: everything the map shows, readable without it. */
export function ContributionList({ contributions, onMessage, footer }: Props) {
  const { t } = useTranslation();
  if (contributions.length === 0) {
    return <p className="muted">{t('map.none')}</p>;
  }
  return (
    <ul className="card-list">
      {contributions.map((c) => (
        <li key={c.id} className="format-card">
          <Contribution contribution={c} onMessage={onMessage} />
          {footer?.(c)}
        </li>
      ))}
    </ul>
  );
}

function Contribution({ contribution: c, onMessage }: { contribution: MapContribution; onMessage: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const support = useSupportContribution();
  const report = useReportContribution();
  const withdraw = useWithdrawContribution();
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  const where = c.placeName ?? c.district?.name ?? (c.location ? t('map.onMap') : '');
  return (
    <article aria-labelledby={`contribution-${c.id}`}>
      <p className="eyebrow">
        <CategoryIcon category={c.category} /> {t(`map.category.${c.category}`)}
      </p>
      <h3 id={`contribution-${c.id}`}>{c.title}</h3>
      <p className="comment__meta">
        {where}
        {c.district && c.placeName && ` · ${c.district.name}`} · {c.authorName} · {formatDate(c.createdOn, i18n.language)}
        {c.state !== 'PUBLISHED' && <> · {t(`comments.state.${c.state}`)}</>}
      </p>
      <p className="preserve-lines">{c.text}</p>
      {c.moderationReason && <p className="muted">{t('comments.reason', { reason: c.moderationReason })}</p>}
      <div className="comment__actions">
        {auth.authenticated && c.state === 'PUBLISHED' ? (
          <button type="button" className="button button--small button--quiet" aria-pressed={c.supportedByMe} onClick={() => support.mutate({ id: c.id, support: !c.supportedByMe })}>
            {t('map.support', { count: c.supportCount, title: c.title })}
          </button>
        ) : (
          <span className="muted">{t('comments.supportCount', { count: c.supportCount })}</span>
        )}
        {c.state === 'PUBLISHED' && (
          <button type="button" className="button button--small button--quiet" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
            {t('comments.report')}
          </button>
        )}
        {(c.writtenByMe || deletionToken(c.id)) && c.state === 'PUBLISHED' && (
          <Link to={`/was-wurde-daraus/MAP_CONTRIBUTION/${c.id}`}>{t('map.follow', { title: c.title })}</Link>
        )}
        {(c.writtenByMe || deletionToken(c.id)) && (
          <button type="button" className="button button--small button--quiet" onClick={() => withdraw.mutate(c.id, { onSuccess: () => onMessage(t('map.withdrawn', { title: c.title })) })}>
            {t('map.withdraw', { title: c.title })}
          </button>
        )}
      </div>
      {reporting && (
        <form className="form" onSubmit={(e) => { e.preventDefault(); report.mutate({ id: c.id, reason }, { onSuccess: () => { setReporting(false); onMessage(t('comments.reported')); } }); }}>
          <label htmlFor={`report-${c.id}`}>{t('comments.reportReason')}</label>
          <input id={`report-${c.id}`} type="text" value={reason} maxLength={1000} required onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button button--small">{t('comments.sendReport')}</button>
          </div>
        </form>
      )}
    </article>
  );
}
