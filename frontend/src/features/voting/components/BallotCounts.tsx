import { useTranslation } from 'react-i18next';
import type { Admission, IntegrityMode, VotingResults } from '../api/voting';
import { ChannelTable } from './ChannelTable';

/** The admissions a round's mode lets in: the rows its count table always shows, even at zero. */
const ADMISSIONS_OF: Record<IntegrityMode, Admission[]> = {
  OPEN: ['ANONYMOUS', 'ACCOUNT'],
  ONE_PER_ACCOUNT: ['ACCOUNT'],
  PARTICIPATION_CODE: ['CODE'],
};
const ORDER: Admission[] = ['ANONYMOUS', 'ACCOUNT', 'CODE'];

/**
 * Who the result rests on: the ballots by the right they were cast with (without login, with an account, with a
 * printed code) and where they count (online, on site), so a council can read the result critically.
 */
export function BallotCounts({ results }: { results: VotingResults }) {
  const { t } = useTranslation();
  const count = (admission: Admission, channel: 'ONLINE' | 'ON_SITE') =>
    results.admissions.find((a) => a.admission === admission && a.channel === channel)?.ballots ?? 0;
  const shown = ORDER.filter(
    (admission) => ADMISSIONS_OF[results.integrityMode].includes(admission) || results.admissions.some((a) => a.admission === admission),
  );
  const rows = shown.map((admission) => ({
    key: admission,
    heading: t(`voting.admissions.${admission}`),
    online: count(admission, 'ONLINE'),
    onSite: count(admission, 'ON_SITE'),
    total: count(admission, 'ONLINE') + count(admission, 'ON_SITE'),
  }));
  const sum = { key: 'all', heading: t('voting.allBallots'), ...results.ballots };
  return <ChannelTable caption={t('voting.ballots')} rowHeading={t('voting.admission')} rows={rows} sum={sum} className="ballot-counts" />;
}
