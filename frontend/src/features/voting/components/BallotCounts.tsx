import { useTranslation } from 'react-i18next';
import type { Admission, IntegrityMode, VotingResults } from '../api/voting';
import { TableScroll } from '@/components/TableScroll';

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
  return (
    <TableScroll label={t('voting.ballots')}>
      <table className="admin-table ballot-counts">
        <caption>{t('voting.ballots')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voting.admission')}</th>
            <th scope="col">{t('voting.online')}</th>
            <th scope="col">{t('voting.onSite')}</th>
            <th scope="col">{t('voting.total')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((admission) => (
            <tr key={admission}>
              <th scope="row">{t(`voting.admissions.${admission}`)}</th>
              <td>{count(admission, 'ONLINE')}</td>
              <td>{count(admission, 'ON_SITE')}</td>
              <td>{count(admission, 'ONLINE') + count(admission, 'ON_SITE')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('voting.allBallots')}</th>
            <td>{results.ballots.online}</td>
            <td>{results.ballots.onSite}</td>
            <td>{results.ballots.total}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
