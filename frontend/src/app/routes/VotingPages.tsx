import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '@/components/dates';
import { QueryState } from '@/components/QueryState';
import { usePageTitle } from '@/components/usePageTitle';
import { useLiveResults, useResults, useVotingRound, type VotingRound } from '@/features/voting/api/voting';
import { BallotForm } from '@/features/voting/components/BallotForm';
import { QrCode } from '@/features/voting/components/QrCode';
import { ResultsChart } from '@/features/voting/components/ResultsChart';

/** Where participants distribute their dots; `?vor-ort=1` (the QR code at the event) records the ON_SITE channel. */
export function VotingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const onSite = useSearchParams()[0].get('vor-ort') === '1';
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
          <p>{t('voting.intro', { count: round.dotsPerParticipant })}</p>
          <BallotForm round={round} onSite={onSite} />
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

/** The projector view: live bar chart, and the QR code leading to the on-site ballot. */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: round } = useVotingRound(id);
  const results = useLiveResults(id);
  usePageTitle(round ? t('voting.liveTitle', { title: round.title }) : undefined);
  const onSiteUrl = `${window.location.origin}/abstimmen/${id}?vor-ort=1`;
  return (
    <>
      <h1>{round ? t('voting.liveTitle', { title: round.title }) : t('voting.title')}</h1>
      <div className="projector">
        <div>
          {results?.closed && <p className="final-note">{t('voting.finalNote')}</p>}
          {results ? <ResultsChart results={results} large /> : <p role="status">{t('common.loading')}</p>}
        </div>
        <QrCode url={onSiteUrl} label={t('voting.qr')} />
      </div>
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
