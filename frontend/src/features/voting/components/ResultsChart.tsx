import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VotingResults } from '../api/voting';
import { BallotCounts } from './BallotCounts';
import { ChannelTable } from './ChannelTable';

/** Ballots and dots in words, so the two numbers are never mistaken for each other: "64 Stimmzettel mit zusammen 200 Punkten". */
export function ballotSummary(results: VotingResults, t: TFunction): string {
  const dots = results.items.reduce((sum, item) => sum + item.dots.total, 0);
  return t('voting.ballotSummary', {
    ballots: t('voting.ballotCount', { count: results.ballots.total }),
    withPoints: t('voting.withPoints', { count: dots }),
  });
}

/**
 * Dots per item as bars of text and boxes, online and on site side by side: labels wrap instead of being cut, and the
 * projector can make them as large as a hall needs. The table after them says the same for screen readers.
 */
export function DotBars({ results, large = false }: { results: VotingResults; large?: boolean }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...results.items.map((item) => item.dots.total));
  const width = (dots: number) => `${(dots / most) * 100}%`;
  return (
    <div className={large ? 'dot-bars dot-bars--large' : 'dot-bars'} aria-hidden="true">
      <ul className="dot-bars__items">
        {results.items.map((item) => (
          <li key={item.item} className="dot-bars__item">
            <span className="dot-bars__label">{item.title}</span>
            <span className="dot-bars__track">
              <span className="dot-bars__bar">
                <span className="dot-bars__online" style={{ width: width(item.dots.online) }} />
                <span className="dot-bars__on-site" style={{ width: width(item.dots.onSite) }} />
              </span>
              <span className="dot-bars__value">{t('voting.points', { count: item.dots.total })}</span>
            </span>
            <span className="dot-bars__split">{t('voting.split', { online: item.dots.online, onSite: item.dots.onSite })}</span>
          </li>
        ))}
      </ul>
      <p className="dot-bars__legend">
        <span>
          <span className="dot-bars__key dot-bars__online" /> {t('voting.legendOnline')}
        </span>{' '}
        <span>
          <span className="dot-bars__key dot-bars__on-site" /> {t('voting.legendOnSite')}
        </span>
      </p>
    </div>
  );
}

/** The dots per item, online, on site and together; its caption says how many ballots carry how many dots. */
export function ResultsTable({ results }: { results: VotingResults }) {
  const { t } = useTranslation();
  const caption = t(results.closed ? 'voting.finalResultCaption' : 'voting.resultCaption', { summary: ballotSummary(results, t) });
  const rows = results.items.map((item) => ({ key: item.item, heading: item.title, ...item.dots }));
  return <ChannelTable caption={caption} rowHeading={t('voting.item')} rows={rows} />;
}

/** Who may vote in the round and the ballots by admission and place, so the result can be read critically. */
export function ResultsBasis({ results }: { results: VotingResults }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="results__mode">{t('voting.mode', { mode: t(`voting.modes.${results.integrityMode}`) })}</p>
      <BallotCounts results={results} />
    </>
  );
}

/** Everything about a result in one place, for the voting page once the round has ended. */
export function ResultsChart({ results }: { results: VotingResults }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{ballotSummary(results, t)}</p>
      <DotBars results={results} />
      <ResultsTable results={results} />
      <ResultsBasis results={results} />
    </>
  );
}
