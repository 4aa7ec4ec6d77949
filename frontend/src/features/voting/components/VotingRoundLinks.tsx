import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '@/components/StatusMessage';
import { useCloseRound, useVotingRounds } from '../api/voting';

/** The voting rounds of a format, if it has any; admins (`manage`) can end an open round early. */
export function VotingRoundLinks({ format, manage = false }: { format: string; manage?: boolean }) {
  const { t } = useTranslation();
  const { data: rounds } = useVotingRounds(format);
  const close = useCloseRound();
  const [message, setMessage] = useState<string>();
  if (!rounds || rounds.length === 0) {
    return <StatusMessage message={message} />;
  }
  return (
    <section aria-labelledby="voting-rounds">
      <h2 id="voting-rounds">{t('voting.title')}</h2>
      <StatusMessage message={message} />
      <ul className="document-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/abstimmen/${round.id}`}>{round.title}</Link>{' '}
            <span className="muted">({round.open ? t('voting.open') : t('voting.closedShort')})</span>
            {manage && round.open && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('roundForm.closeNamed', { title: round.title })}
                  disabled={close.isPending}
                  onClick={() => close.mutate(round.id, { onSuccess: () => setMessage(t('roundForm.closed', { title: round.title })) })}
                >
                  {t('roundForm.close')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
