import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '@/auth/AuthContext';
import { formatDateTime } from '@/components/dates';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { ballotProof, ballotUrl } from '@/features/voting/api/proof';
import { useLiveResults, useOnSiteCode, useResults, useVotingRound, type VotingRound } from '@/features/voting/api/voting';
import { BallotForm } from '@/features/voting/components/BallotForm';
import { QrCode } from '@/features/voting/components/QrCode';
import { ballotSummary, DotBars, ResultsBasis, ResultsChart, ResultsTable } from '@/features/voting/components/ResultsChart';

/**
 * Where participants distribute their dots. The address's fragment carries the proof: `#vor-ort=<code>` (the
 * projector's QR code) makes the ballot count on site, `#code=<code>` (a printed sheet) fills in the participation code.
 */
export function VotingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { key } = useLocation();
  const { data: round, isLoading, error } = useVotingRound(id);
  usePageTitle(round?.title);
  if (!round) {
    return <QueryState isLoading={isLoading} error={error} />;
  }
  return (
    <>
      <p className="eyebrow">{t('voting.title')}</p>
      <h1>{round.title}</h1>
      {round.open ? (
        <>
          <p>
            {t('voting.intro', { count: round.dotsPerParticipant })} {t(`voting.modeIntro.${round.integrityMode}`)}
          </p>
          {/* Every navigation (a code scanned again, the way back online without one) starts the ballot afresh. */}
          <Ballot key={key} round={round} />
        </>
      ) : (
        <NotOpen round={round} />
      )}
      <p>
        <Link to={`/abstimmen/${id}/live`}>{t('voting.liveLink')}</Link>
      </p>
    </>
  );
}

/** The ballot with the proof the address carried when the page was reached; kept while the form is in use. */
function Ballot({ round }: { round: VotingRound }) {
  const { pathname, hash } = useLocation();
  const [proof] = useState(() => ballotProof(pathname, hash));
  return <BallotForm round={round} proof={proof} />;
}

/**
 * The projector view, for a screen of 1920 × 1080 or more in a hall: no site header or footer, the live results
 * across the screen in letters readable from the back, ballots and dots said in words, and a large QR code to the
 * ballot. Staff (logged in as admin or moderator) see the on-site code, which changes every few minutes, and the QR
 * code carries it, so ballots from the room count on site; everyone else gets the plain ballot page. The tables with
 * the same numbers follow below the screen's height, for screen readers and the record.
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const auth = useAuth();
  const staff = auth.authenticated && (auth.hasRole('admin') || auth.hasRole('moderator'));
  const { data: round } = useVotingRound(id);
  const results = useLiveResults(id);
  const open = Boolean(round?.open) && !results?.closed;
  usePageTitle(round ? t('voting.liveTitle', { title: round.title }) : undefined);
  return (
    <main id="main" tabIndex={-1} className="projector-page">
      <h1>{round ? t('voting.liveTitle', { title: round.title }) : t('voting.title')}</h1>
      <div className="projector">
        <div className="projector__results">
          {results?.closed && <p className="final-note">{t('voting.finalNote')}</p>}
          {results ? (
            <>
              <p className="projector__summary">{ballotSummary(results, t)}</p>
              <DotBars results={results} large />
            </>
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
        </div>
        {open && <div className="projector__side">{!auth.ready ? null : staff ? <OnSiteQr round={id} /> : <PublicQr round={id} />}</div>}
      </div>
      {results && (
        <section className="projector__details" aria-labelledby="projector-details">
          <h2 id="projector-details">{t('voting.inNumbers')}</h2>
          <ResultsTable results={results} />
          <ResultsBasis results={results} />
        </section>
      )}
      <ul className="projector__links">
        <li>
          <Link to={`/abstimmen/${id}`}>{t('voting.toBallot')}</Link>
        </li>
        <li>
          <Link to="/barrierefreiheit">{t('footer.accessibility')}</Link>
        </li>
      </ul>
    </main>
  );
}

/** Drawn this wide, the QR code stays sharp at the size the projector shows it. */
const QR_SIZE = 720;

function OnSiteQr({ round }: { round: string }) {
  const { t, i18n } = useTranslation();
  const { data: onSite, error } = useOnSiteCode(round, true);
  if (!onSite) {
    return error ? <p role="alert">{t('voting.onSiteCodeFailed')}</p> : <p role="status">{t('common.loading')}</p>;
  }
  const changes = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(onSite.changesAt));
  return (
    <>
      <p className="projector__how">{t('voting.scanToVote')}</p>
      <QrCode url={ballotUrl(window.location.origin, round, onSite.code)} label={t('voting.qr', { code: onSite.code })} size={QR_SIZE} />
      <p className="on-site-code">
        <span className="on-site-code__label">{t('voting.onSiteCode')}</span>{' '}
        <strong className="on-site-code__value">{onSite.code}</strong>
      </p>
      <p className="muted">{t('voting.onSiteCodeChanges', { time: changes })}</p>
    </>
  );
}

function PublicQr({ round }: { round: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <>
      <p className="projector__how">{t('voting.scanToVote')}</p>
      <QrCode url={ballotUrl(window.location.origin, round)} label={t('voting.qrOnline')} size={QR_SIZE} />
      <p className="muted">{t('voting.staffOnly')}</p>
      {!auth.authenticated && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => auth.login()}>
            {t('voting.staffLogin')}
          </button>
        </p>
      )}
    </>
  );
}

/** Before the round: when it opens. After it: the final results. */
function NotOpen({ round }: { round: VotingRound }) {
  const { t, i18n } = useTranslation();
  const upcoming = new Date(round.opensAt) > new Date();
  const { data: results } = useResults(round.id, !upcoming);
  if (upcoming) {
    return <p>{t('voting.opensAt', { date: formatDateTime(round.opensAt, i18n.language) })}</p>;
  }
  return (
    <section aria-labelledby="final-results">
      <h2 id="final-results">{t('voting.final')}</h2>
      <p>{t('voting.finalNote')}</p>
      {results && <ResultsChart results={results} />}
    </section>
  );
}
