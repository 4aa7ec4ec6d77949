import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVotingRounds } from '../api/voting';

/** The voting rounds of a format, if it has any. */
export function VotingRoundLinks({ format }: { format: string }) {
  const { t } = useTranslation();
  const { data: rounds } = useVotingRounds(format);
  if (!rounds || rounds.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="voting-rounds">
      <h2 id="voting-rounds">{t('voting.title')}</h2>
      <ul className="document-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/abstimmen/${round.id}`}>{round.title}</Link>{' '}
            <span className="muted">({round.open ? t('voting.open') : t('voting.closedShort')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
